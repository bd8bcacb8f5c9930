import { describe, expect, it } from 'vitest';
import { IMPORT_CONTENT_FILES_MAX, IMPORT_FILE_MAX_BYTES } from '../../../shared/export/limits';
import { base64Length, planBatches, tooLargeResult } from './droppedFiles';

const f = (name: string, size: number) => ({ name, size });

describe('planBatches', () => {
  it('keeps small drops in one call, in order', () => {
    expect(planBatches([f('a.txt', 10), f('b.md', 20)])).toEqual({
      batches: [[f('a.txt', 10), f('b.md', 20)]],
      tooLarge: [],
    });
  });

  it('splits by count and by size, and sets apart files over the limit', () => {
    const many = Array.from({ length: IMPORT_CONTENT_FILES_MAX + 3 }, (_, i) => f(`${i}.txt`, 100));
    expect(planBatches(many).batches.map((b) => b.length)).toEqual([IMPORT_CONTENT_FILES_MAX, 3]);
    const full = IMPORT_FILE_MAX_BYTES;
    const plan = planBatches([
      f('1.html', full),
      f('2.html', full),
      f('3.html', full),
      f('4.html', full),
      f('huge.html', full + 1),
    ]);
    expect(plan.batches.map((b) => b.map((x) => x.name))).toEqual([
      ['1.html', '2.html', '3.html'],
      ['4.html'],
    ]);
    expect(plan.tooLarge.map((x) => x.name)).toEqual(['huge.html']);
  });

  it('reports a file over the limit in plain words', () => {
    expect(tooLargeResult(f('huge.html', 12 * 1024 * 1024))).toMatchObject({
      status: 'failed',
      message: 'The file is 12.0 MiB; Gloss imports files of up to 5.0 MiB.',
    });
    expect(base64Length(4)).toBe(8);
  });
});
