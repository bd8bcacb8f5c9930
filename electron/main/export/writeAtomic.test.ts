import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { writeAtomic, type AtomicFs } from './writeAtomic';

const tempDir = useTempDirs();
const realFs: AtomicFs = {
  openSync,
  writeSync: (fd, data) => writeSync(fd, data),
  fsyncSync,
  closeSync,
  renameSync,
};

describe('writeAtomic', () => {
  it('writes a new file and replaces an old one whole, leaving no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.md');
    expect(writeAtomic(file, 'first — ünïcode\n')).toBe(Buffer.byteLength('first — ünïcode\n'));
    writeAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('keeps the mode of the file it replaces', () => {
    const file = join(tempDir(), 'notes.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    [
      'writing',
      {
        writeSync: () => {
          throw new Error('disk full');
        },
      },
    ],
    [
      'fsync',
      {
        fsyncSync: () => {
          throw new Error('I/O error');
        },
      },
    ],
    [
      'rename',
      {
        renameSync: () => {
          throw new Error('cross-device link');
        },
      },
    ],
  ] as const)('leaves the old file untouched and no temporary file when %s fails', (_step, failing) => {
    const dir = tempDir();
    const file = join(dir, 'notes.md');
    writeFileSync(file, 'the old notes');
    expect(() => writeAtomic(file, 'x'.repeat(100_000), { ...realFs, ...failing })).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('the old notes');
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('fails cleanly when the target is a folder', () => {
    const dir = tempDir();
    expect(() => writeAtomic(dir, 'x')).toThrow();
  });
});
