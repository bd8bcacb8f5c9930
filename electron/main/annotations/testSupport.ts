/** Helpers for the annotation tests: a seeded library and ranges found by the text they cover. */
import type { Database } from 'better-sqlite3';
import { cpSync } from 'node:fs';
import { listArticles } from '../db/articleRepo';
import { openLibrary, type Library } from '../library';
import { codePointLength } from '../../../shared/text/canonical';
import { articleText } from './articleText';

export function openSeeded(dataDir: string, seedDir: string): Library {
  return openLibrary({ dataDir, seedDir });
}

/** A writable copy of the seed folder. */
export function copySeeds(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  return to;
}

export function articleIdByTitle(db: Database, titleStart: string): string {
  const page = listArticles(db, { offset: 0, limit: 500, sort: 'title', direction: 'asc' });
  const found = page.items.find((a) => a.title.startsWith(titleStart));
  if (!found) throw new Error(`no article titled "${titleStart}…"`);
  return found.id;
}

/** The code-point range of the first occurrence of `phrase` in the article's canonical text. */
export function rangeOf(db: Database, articleId: string, phrase: string): { start: number; end: number } {
  const text = articleText(db, articleId);
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in article ${articleId}`);
  const start = codePointLength(text.slice(0, at));
  return { start, end: start + codePointLength(phrase) };
}

export const TOKAYEV_STAGE = 'President Tokayev: Kazakhstan enters new development stage';
export const TOKAYEV_FILE = '002_68347aa140c2326c.txt';
