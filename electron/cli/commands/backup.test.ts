import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damage, fillPages } from '../../../tests/crash/damage';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { LIBRARY_FILE } from '../../main/db/openDatabase';
import { openLibrary } from '../../main/library';
import { runCli } from '../index';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('gloss backup, backups, restore', () => {
  it('makes a backup now, lists it, and restores it', async () => {
    const dataDir = tempDir();
    expect(await cli('backups', '--data-dir', dataDir)).toMatchObject({
      code: 0,
      out: `No backups yet in ${join(dataDir, 'backups')}.`,
    });
    const made = await cli('backup', '--data-dir', dataDir);
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(made.out).toMatch(/^Backed up to .+library-\d{8}T\d{9}Z-manual\.sqlite \(\d+ KiB, verified\)\.$/u);
    const listed = await cli('backups', '--data-dir', dataDir, '--json');
    const [backup] = JSON.parse(listed.out) as { name: string; reason: string }[];
    expect(backup?.reason).toBe('manual');
    const restored = await cli('restore', backup?.name ?? '', '--data-dir', dataDir);
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toMatch(
      /^Restored the backup from .+ UTC\. The library as it was just before is saved as the backup /u,
    );
    expect((await cli('backups', '--data-dir', dataDir)).out.split('\n')).toHaveLength(2);
  });

  it('explains a bad restore in plain words', async () => {
    const dataDir = tempDir();
    expect(await cli('restore', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/restore takes one backup name/u) as unknown,
    });
    expect(
      await cli('restore', 'library-20250101T000000000Z-daily.sqlite', '--data-dir', dataDir),
    ).toMatchObject({
      code: 1,
      err: 'gloss: There is no backup called library-20250101T000000000Z-daily.sqlite.',
    });
  });

  it('warns on stderr, in one line, when it had to recover the library at start', async () => {
    const dataDir = tempDir();
    const library = openLibrary({ dataDir, seedDir: SEED_DIR, autoBackup: false });
    fillPages(library.db);
    await library.backup();
    library.close();
    damage(join(dataDir, LIBRARY_FILE), 'smashed page');
    const res = await cli('stats', '--data-dir', dataDir);
    expect(res.code).toBe(0);
    expect(res.err).toMatch(
      /^gloss: warning: Gloss found your library file damaged \(.+\)\. It restored the backup from [^\n]+$/u,
    );
  });
});
