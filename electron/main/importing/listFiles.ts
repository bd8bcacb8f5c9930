import { lstat, readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { FOLDER_FILES_MAX, fileKindOf } from '../../../shared/export/limits';

export interface ListedPath {
  readonly path: string;
  /** Set when the path cannot be imported at all (missing, wrong type); the reason, in plain words. */
  readonly problem: string | null;
}

/**
 * The files to import, in order: each path given as it is (checked later), folders walked in name
 * order for the supported extensions. Hidden entries and symbolic links inside folders are skipped,
 * so a link cannot lead the walk out of the folder or round in a loop.
 */
export async function listFiles(paths: readonly string[]): Promise<ListedPath[]> {
  const out: ListedPath[] = [];
  const seen = new Set<string>();
  const add = (path: string, problem: string | null): void => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, problem });
  };
  for (const given of paths) {
    const path = resolve(given);
    let info;
    try {
      info = await lstat(path);
    } catch {
      add(path, 'There is no such file or folder.');
      continue;
    }
    if (info.isDirectory()) await walk(path, add, () => out.length >= FOLDER_FILES_MAX);
    else if (info.isFile() || info.isSymbolicLink()) {
      add(path, fileKindOf(extname(path)) === null ? 'Gloss imports .txt, .md and .html files only.' : null);
    } else add(path, 'This is not a file.');
  }
  return out;
}

async function walk(
  root: string,
  add: (path: string, problem: string | null) => void,
  full: () => boolean,
): Promise<void> {
  const folders = [root];
  for (let folder = folders.shift(); folder !== undefined && !full(); folder = folders.shift()) {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      add(folder, 'The folder could not be read.');
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const sub: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) sub.push(path);
      else if (entry.isFile() && fileKindOf(extname(entry.name)) !== null && !full()) add(path, null);
    }
    folders.unshift(...sub);
  }
}
