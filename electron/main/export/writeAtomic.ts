import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** File-system calls writeAtomic makes; tests swap one for a failing stand-in. */
export interface AtomicFs {
  readonly openSync: typeof openSync;
  readonly writeSync: (fd: number, data: Uint8Array) => number;
  readonly fsyncSync: typeof fsyncSync;
  readonly closeSync: typeof closeSync;
  readonly renameSync: typeof renameSync;
}

const realFs: AtomicFs = {
  openSync,
  writeSync: (fd, data) => writeSync(fd, data),
  fsyncSync,
  closeSync,
  renameSync,
};

/**
 * Writes `content` to `path` so that a reader sees the old file or the whole new one, never part:
 * a temporary file in the same folder (so the rename stays on one file system), written, fsynced,
 * then renamed over the target; the folder is fsynced too where the OS allows. On any failure the
 * temporary file is removed and the target is left as it was. Returns the bytes written.
 */
export function writeAtomic(path: string, content: string, fs: AtomicFs = realFs): number {
  const data = Buffer.from(content, 'utf8');
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    // A new file.
  }
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    for (let written = 0; written < data.length;) written += fs.writeSync(fd, data.subarray(written));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
  return data.length;
}

/** Makes the rename itself durable; Windows cannot open a folder for this, and needs not. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the data itself is already on disk.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
