import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { createAnnotation, deleteAnnotation } from '../../main/annotations/annotationRepo';
import { reanchorArticle } from '../../main/annotations/reanchor';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from '../../main/annotations/testSupport';
import { runCli } from '../index';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A library with two annotations on one seed (one orphaned) and a deleted one that must not show. */
function annotatedLibrary() {
  const dataDir = tempDir();
  const library = openSeeded(dataDir, SEED_DIR);
  const { db } = library;
  const articleId = articleIdByTitle(db, TOKAYEV_STAGE);
  const at = (phrase: string) => rangeOf(db, articleId, phrase);
  createAnnotation(db, {
    articleId,
    ...at('new development stage'),
    color: 'yellow',
    note: 'Line one\nline two',
    tags: ['stage', 'senate'],
  });
  const orphan = createAnnotation(db, { articleId, ...at('new parties'), color: 'blue', style: 'underline' });
  deleteAnnotation(db, createAnnotation(db, { articleId, ...at('Senate meeting'), color: 'red' }).id);
  db.prepare(
    "UPDATE annotations SET exact = 'words no longer in the text at all', start = 0 WHERE id = ?",
  ).run(orphan.id);
  reanchorArticle(db, articleId);
  library.close();
  return { dataDir, articleId };
}

describe('gloss annotations', () => {
  it('lists annotations with article title, colour name, quote, note, tags and anchor state', async () => {
    const { dataDir } = annotatedLibrary();
    const res = await cli('annotations', '--data-dir', dataDir);
    expect(res.code).toBe(0);
    expect(res.out).toContain(TOKAYEV_STAGE);
    expect(res.out).toMatch(/\[exact\] Key claim \(yellow, highlight\)/);
    expect(res.out).toContain('“new development stage”');
    expect(res.out).toContain('note: Line one\n          line two');
    expect(res.out).toContain('tags: senate, stage');
    expect(res.out).toMatch(/\[orphan\] Evidence \(blue, underline\)/);
    expect(res.out).not.toContain('Disagree');
    expect(res.out).toMatch(/2 annotations, 1 orphaned\.$/);
  });

  it('prints JSON, filtered by article', async () => {
    const { dataDir, articleId } = annotatedLibrary();
    const res = await cli('annotations', '--json', '--article', articleId, '--data-dir', dataDir);
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.out) as {
      articleId: string;
      articleTitle: string;
      colorName: string;
      anchor: string;
    }[];
    expect(rows.map((r) => [r.articleTitle, r.colorName, r.anchor])).toEqual([
      [TOKAYEV_STAGE, 'Evidence', 'orphan'],
      [TOKAYEV_STAGE, 'Key claim', 'exact'],
    ]);
  });

  it('says so when there are none, and rejects a bad or unknown article id', async () => {
    const dataDir = tempDir();
    expect((await cli('annotations', '--data-dir', dataDir)).out).toBe('No annotations.');
    expect(await cli('annotations', '--article', 'nope', '--data-dir', dataDir)).toMatchObject({ code: 2 });
    const unknown = await cli(
      'annotations',
      '--article',
      '00000000-0000-4000-8000-000000000000',
      '--data-dir',
      dataDir,
    );
    expect(unknown).toMatchObject({ code: 1, err: expect.stringMatching(/No article with id/) as string });
  });
});
