/**
 * Annotation figures: re-anchoring 1,000 stored annotations after an edit of a ~20,000-word article
 * (reanchorArticle, database reads and writes included), and one createAnnotation through dispatch.
 */
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodePointIndex, anchorMany } from '../shared/anchoring';
import { createAnnotation, listAnnotations } from '../electron/main/annotations/annotationRepo';
import { articleText } from '../electron/main/annotations/articleText';
import { reanchorArticle, type ReanchorReport } from '../electron/main/annotations/reanchor';
import { contentHash } from '../electron/main/corpus/contentHash';
import { importTexts } from '../electron/main/corpus/importTexts';
import { cleanArticleText } from '../electron/main/corpus/readerMode';
import { upsertArticle } from '../electron/main/db/articleRepo';
import { openDatabase } from '../electron/main/db/openDatabase';
import { createHandlers } from '../electron/main/handlers';
import { dispatch } from '../electron/main/ipc/dispatch';
import { median, quantile } from './stats';
import type { BenchRow } from './types';
import { createRandom } from './corpus';

const ORIGIN = 'bench:annotations';
const PARAGRAPHS = 200;
const WORDS_PER_PARAGRAPH = 100;
const ANNOTATIONS = 1_000;
const ROUNDS = 7;
const CREATES = 300;

function paragraphs(rand: () => number): string[] {
  const syllables = [
    'ka',
    'zo',
    'mi',
    'ter',
    'an',
    'sol',
    'vi',
    're',
    'dun',
    'pa',
    'lo',
    'ish',
    'qua',
    'nel',
  ];
  const vocab = Array.from({ length: 3000 }, () =>
    Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => syllables[Math.floor(rand() * syllables.length)],
    ).join(''),
  );
  vocab.push('café', '👍🏽', '“quoted”', '2024');
  const word = () => vocab[Math.floor(rand() * vocab.length)] ?? 'x';
  return Array.from({ length: PARAGRAPHS }, () => {
    const words = Array.from({ length: WORDS_PER_PARAGRAPH }, word);
    for (let i = 11; i < words.length; i += 12) words[i] = `${words[i] ?? ''}.`;
    return `${words.join(' ')}.`.replace(/^./u, (c) => c.toUpperCase());
  });
}

/** The edit: a paragraph inserted near the top, one deleted mid-way, a word changed in every tenth. */
function edited(original: readonly string[], rand: () => number): string[] {
  const out = original.map((p, i) => (i % 10 === 5 ? p.replace(/ \S+ /u, ' rewritten ') : p));
  out.splice(PARAGRAPHS / 2, 1);
  out.splice(
    3,
    0,
    `An inserted paragraph ${Math.floor(rand() * 1e6)} that pushes everything after it along.`,
  );
  return out;
}

const raw = (body: readonly string[]) => `A long bench article\n\n${body.join('\n\n')}\n`;

function annotate(db: Database, articleId: string, rand: () => number): void {
  const index = new CodePointIndex(articleText(db, articleId));
  const words = [...index.text.matchAll(/\S+/gu)];
  db.transaction(() => {
    for (let i = 0; i < ANNOTATIONS; i++) {
      const first = Math.floor((i / ANNOTATIONS) * (words.length - 20));
      const last = words[first + 2 + Math.floor(rand() * 10)];
      const start = words[first]?.index ?? 0;
      const end = last ? last.index + last[0].length : start + 1;
      createAnnotation(db, {
        articleId,
        start: index.toCodePoint(start),
        end: index.toCodePoint(end),
        color: 'yellow',
      });
    }
  })();
}

function reimport(db: Database, body: readonly string[]): string {
  const text = raw(body);
  return upsertArticle(db, ORIGIN, contentHash(text), cleanArticleText(text)).id;
}

export async function benchAnnotations(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-annotations-'));
  const db = openDatabase(join(dir, 'library.sqlite'));
  try {
    const rand = createRandom(7);
    const original = paragraphs(rand);
    const [articleId] = importTexts(db, [{ origin: ORIGIN, raw: raw(original) }]).ids;
    if (articleId === undefined) throw new Error('bench: the article did not import');
    annotate(db, articleId, rand);

    const times: number[] = [];
    /** The same anchoring without the database, to show what the storage adds. */
    const pureTimes: number[] = [];
    let report: ReanchorReport = { exact: 0, moved: 0, orphan: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate edited and original text, so every round moves annotations (and brings orphans back).
      reimport(db, round % 2 === 0 ? edited(original, rand) : original);
      const targets = listAnnotations(db, articleId);
      const p0 = performance.now();
      anchorMany(articleText(db, articleId), targets);
      pureTimes.push(performance.now() - p0);
      const t0 = performance.now();
      const r = reanchorArticle(db, articleId);
      times.push(performance.now() - t0);
      if (round === 0) report = r;
    }

    const handlers = createHandlers(db);
    const text = new CodePointIndex(articleText(db, articleId));
    const words = [...text.text.matchAll(/[a-z]+/gu)];
    const createTimes: number[] = [];
    for (let i = 0; i < CREATES; i++) {
      const m = words[(i * 37) % words.length];
      if (!m) continue;
      const t0 = performance.now();
      const result = await dispatch(handlers, 'createAnnotation', {
        articleId,
        start: text.toCodePoint(m.index),
        end: text.toCodePoint(m.index + m[0].length),
        color: 'blue',
        note: 'bench',
        tags: ['bench'],
      });
      createTimes.push(performance.now() - t0);
      if (!result.ok) throw new Error(`bench: createAnnotation failed: ${result.error.message}`);
    }

    return [
      {
        name: 're-anchor 1,000 annotations after an edit, 20k words (median)',
        value: median(times),
        unit: 'ms',
        target: '≤ 200',
      },
      { name: 're-anchor 1,000 annotations after an edit (max)', value: quantile(times, 1), unit: 'ms' },
      { name: 'of which anchorMany alone, no database (median)', value: median(pureTimes), unit: 'ms' },
      { name: 're-anchor result after the edit: moved', value: report.moved, unit: 'annotations' },
      { name: 're-anchor result after the edit: orphaned', value: report.orphan, unit: 'annotations' },
      { name: 'createAnnotation via dispatch (p50)', value: median(createTimes), unit: 'ms' },
      {
        name: 'createAnnotation via dispatch (p95)',
        value: quantile(createTimes, 0.95),
        unit: 'ms',
        target: '≤ 16',
      },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
