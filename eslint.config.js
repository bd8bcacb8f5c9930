// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = {
  group: ['node:*'],
  message: 'This folder runs in the renderer too: no Node built-ins.',
};
const ELECTRON = {
  name: 'electron',
  message:
    'Only the thin Electron shell (main/index.ts, main/ipc/bindIpc.ts, main/menu.ts, main/nativeDialogs.ts, preload) may import electron.',
};
const SQLITE = { name: 'better-sqlite3', message: 'The database lives in the main process only.' };
const REACT = { name: 'react', message: 'shared/ holds no UI code.' };
// Main validates every call; zod 4 also probes for eval, which the renderer's CSP refuses (and reports).
const ZOD_IN_RENDERER = {
  group: ['zod', '**/shared/export/inputs', '**/shared/ipc/contract'],
  message:
    'The renderer needs no schemas: take limits from shared/export/limits, types from shared/ipc/types.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  // Layering: what each folder may import (see GUIDE.md).
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NODE_BUILTINS], paths: [ELECTRON, SQLITE, REACT] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [NODE_BUILTINS, ZOD_IN_RENDERER], paths: [ELECTRON, SQLITE] },
      ],
      // The renderer shows article text, never raw HTML: no React or DOM HTML sink anywhere.
      'react/no-danger': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML in the renderer: build elements, or render text.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
          message: 'No raw HTML in the renderer: build elements, or render text.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No raw HTML in the renderer: build elements, or render text.',
        },
        {
          selector: "JSXAttribute[name.name='srcDoc']",
          message: 'No raw HTML in the renderer: no srcDoc frames.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    ignores: [
      'electron/main/index.ts',
      'electron/main/ipc/bindIpc.ts',
      'electron/main/menu.ts',
      'electron/main/nativeDialogs.ts',
      'electron/preload/**',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!shared/ipc/)',
              message: 'The preload imports electron and shared/ipc only.',
            },
          ],
        },
      ],
    },
  },
  // Raw ipcMain.handle is only for the one binding that validates every call.
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc/bindIpc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='ipcMain'][callee.property.name=/^(handle|on|once|handleOnce)$/]",
          message:
            'Register IPC through electron/main/ipc/bindIpc.ts, which checks the sender and validates arguments.',
        },
      ],
    },
  },
);
