import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/ipc/contract';
import { METHOD_NAMES } from '../../../shared/ipc/methods';
import { HARNESS_METHOD_NAMES } from '../../../shared/ipc/harnessMethods';
import { PathChoices, type PathChooser } from './pathChoices';

/** Every property name anywhere in a JSON schema. */
function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, out);
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
      if (key === 'properties' && typeof value === 'object' && value !== null)
        for (const name of Object.keys(value)) out.add(name);
      propertyNames(value, out);
    }
  }
  return out;
}

describe('the contract the renderer reaches', () => {
  it('has no method that takes a path: destinations and sources come from main as handles', () => {
    for (const method of METHOD_NAMES) {
      const names = propertyNames(
        z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }),
      );
      expect(
        [...names].filter((n) => /^(path|paths|file|folder|dir)$/iu.test(n)),
        method,
      ).toEqual([]);
    }
    // The typed-path stand-ins for dialogs are the harness's alone.
    for (const name of HARNESS_METHOD_NAMES) expect(METHOD_NAMES as readonly string[]).not.toContain(name);
  });
});

describe('PathChoices', () => {
  const chooser = (exportPath: string | null, importPaths: string[] | null): PathChooser => ({
    chooseExportPath: () => Promise.resolve(exportPath),
    chooseImportPaths: () => Promise.resolve(importPaths),
  });

  it('hands out a handle for what the dialog chose, and nothing when it was cancelled', async () => {
    const choices = new PathChoices(chooser('/home/u/notes.md', ['/home/u/a.txt', '/home/u/b.txt']));
    const exported = await choices.chooseExport({ format: 'md', perArticle: false });
    expect(exported).toMatchObject({ label: '/home/u/notes.md', count: 1 });
    expect(choices.path('export', exported?.handle ?? '')).toBe('/home/u/notes.md');
    const imported = await choices.chooseImport({ folders: false });
    expect(imported).toMatchObject({ label: 'a.txt and 1 more', count: 2 });
    expect(choices.paths('import', imported?.handle ?? '')).toEqual(['/home/u/a.txt', '/home/u/b.txt']);
    const cancelled = new PathChoices(chooser(null, []));
    expect(await cancelled.chooseExport({ format: 'csv', perArticle: false })).toBeNull();
    expect(await cancelled.chooseImport({ folders: true })).toBeNull();
  });

  it('keeps a handle to its purpose, refuses unknown ones, and forgets the oldest past a bound', () => {
    const choices = new PathChoices();
    const first = choices.add('export', ['/tmp/first.md']);
    expect(() => choices.path('import', first.handle)).toThrow(/no longer known/u);
    expect(() => choices.path('export', '00000000-0000-4000-8000-000000000000')).toThrow(/no longer known/u);
    for (let i = 0; i < 64; i++) choices.add('import', [`/tmp/${i}.txt`]);
    expect(() => choices.path('export', first.handle)).toThrow(/no longer known/u);
    expect(() => choices.add('import', [])).toThrow(/Nothing was chosen/u);
  });
});
