import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX, FileNamer, safeFileName } from './fileNames';

// eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/u;

describe('safeFileName', () => {
  it('replaces characters Windows, macOS or Linux refuse', () => {
    expect(safeFileName('President Tokayev: Kazakhstan enters new stage', '.md')).toBe(
      'President Tokayev - Kazakhstan enters new stage.md',
    );
    expect(safeFileName('a/b\\c|d', '.md')).toBe('a-b-c-d.md');
    expect(safeFileName('Why? <Really> *now* "quoted"', '.md')).toBe("Why Really now 'quoted'.md");
    expect(safeFileName('tab\there\nnew line', '.md')).toBe('tab here new line.md');
  });

  it('avoids reserved device names, trailing dots and spaces, hidden names and empty names', () => {
    expect(safeFileName('CON', '.md')).toBe('_CON.md');
    expect(safeFileName('nul.tar', '.md')).toBe('_nul.tar.md');
    expect(safeFileName('com1', '.md')).toBe('_com1.md');
    expect(safeFileName('Console', '.md')).toBe('Console.md');
    expect(safeFileName('The end...  ', '.md')).toBe('The end.md');
    expect(safeFileName('.hidden', '.md')).toBe('hidden.md');
    expect(safeFileName('???', '.md')).toBe('Untitled.md');
  });

  it('removes bidi controls that could disguise the extension', () => {
    expect(safeFileName('invoice\u202Efdp.exe', '.md')).toBe('invoice fdp.exe.md');
  });

  it('is at most 120 code points and whole graphemes', () => {
    const name = safeFileName('👍🏽'.repeat(200), '.md');
    expect(Array.from(name).length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(name.replace(/\.md$/u, '').replace(/👍🏽/gu, '')).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
        const n = safeFileName(title, '.html');
        expect(Array.from(n).length).toBeLessThanOrEqual(FILE_NAME_MAX);
        expect(Buffer.byteLength(n)).toBeLessThanOrEqual(245);
        expect(n).not.toMatch(FORBIDDEN);
        expect(n).toMatch(/^[^\s.].*[^\s.]\.html$|^[^\s.]\.html$/su);
      }),
    );
  });
});

describe('FileNamer', () => {
  it('gives each title a name no other differs from only by case', () => {
    const names = new FileNamer();
    expect(['Report', 'report', 'REPORT', 'Report (2)', 'Other'].map((t) => names.take(t, '.md'))).toEqual([
      'Report.md',
      'report (2).md',
      'REPORT (3).md',
      'Report (2) (2).md',
      'Other.md',
    ]);
  });

  it('keeps long names unique within the limit', () => {
    const names = new FileNamer();
    const long = 'x'.repeat(300);
    const taken = [names.take(long, '.md'), names.take(long, '.md')];
    expect(new Set(taken).size).toBe(2);
    for (const n of taken) expect(n.length).toBeLessThanOrEqual(FILE_NAME_MAX);
  });
});
