import { ESLint } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The renderer never renders raw HTML (issue #6, item 9), enforced by eslint.config.js. This lints
 * probe sources as if they were renderer files, so removing or narrowing the rules fails here.
 * Type-aware rules are switched off: the probes are not on disk, and these rules need no types.
 */

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function rulesHit(
  source: string,
  file = 'renderer/features/LintProbe.tsx',
): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('no raw HTML in the renderer', () => {
  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const P = ({ h }: { h: string }) => <div dangerouslySetInnerHTML={{ __html: h }} />;\n',
      'react/no-danger',
    ],
    [
      'srcDoc',
      'export const P = ({ h }: { h: string }) => <iframe title="t" srcDoc={h} />;\n',
      'no-restricted-syntax',
    ],
    [
      'innerHTML',
      'export function p(e: HTMLElement, h: string): void {\n  e.innerHTML = h;\n}\n',
      'no-restricted-syntax',
    ],
    [
      'outerHTML',
      'export function p(e: HTMLElement, h: string): void {\n  e.outerHTML = h;\n}\n',
      'no-restricted-syntax',
    ],
    [
      'insertAdjacentHTML',
      "export function p(e: HTMLElement, h: string): void {\n  e.insertAdjacentHTML('afterend', h);\n}\n",
      'no-restricted-syntax',
    ],
    [
      'document.write',
      'export function p(h: string): void {\n  document.write(h);\n}\n',
      'no-restricted-syntax',
    ],
  ])(
    'flags %s',
    async (_name, source, rule) => {
      expect(await rulesHit(source)).toContain(rule);
    },
    30_000,
  );

  it('leaves text rendering and other write() calls alone', async () => {
    const source =
      'export const P = ({ t }: { t: string }) => <p>{t}</p>;\n' +
      'export function p(e: HTMLElement, t: string): void {\n  e.textContent = t;\n  void navigator.clipboard.write([]);\n}\n';
    expect(await rulesHit(source)).toEqual([]);
  }, 30_000);
});
