import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { annotatedLibrary } from '../../main/export/exportTestSupport';
import { runCli } from '../index';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('gloss import', () => {
  it('imports files and folders, reporting each, and exits 1 when some failed', async () => {
    const dataDir = tempDir();
    const dir = tempDir();
    writeFileSync(join(dir, 'story.md'), '# Harbour news\n\nThe harbour reopened on Monday.\n');
    writeFileSync(
      join(dir, 'page.html'),
      '<title>Council</title><article><p>The council met on Tuesday evening.</p></article>',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    const res = await cli('import', dir, '--data-dir', dataDir);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^failed +\S+empty\.txt: The file is empty\.$/mu);
    expect(res.out).toMatch(/^created +\S+story\.md {2}“Harbour news”$/mu);
    expect(res.out).toContain('2 created, 0 updated, 0 unchanged, 0 duplicate, 1 failed.');
    const again = await cli('import', join(dir, 'story.md'), '--json', '--data-dir', dataDir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ files: { unchanged: 1 }, annotations: [] });
  });

  it('imports annotations from .json files, and the round trip through export leaves nothing twice', async () => {
    const dataDir = tempDir();
    annotatedLibrary(dataDir, SEED_DIR).library.close();
    const backup = join(tempDir(), 'backup.json');
    await cli('export', '--format', 'json', '--out', backup, '--data-dir', dataDir);
    const res = await cli('import', backup, '--data-dir', dataDir);
    expect(res).toMatchObject({ code: 0 });
    expect(res.out).toContain('0 annotations imported (0 orphaned), 4 already there, 0 unmatched.');
    expect(await cli('import', '--data-dir', dataDir)).toMatchObject({ code: 2 });
  });
});
