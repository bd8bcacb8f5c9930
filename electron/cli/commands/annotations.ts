import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Annotation } from '../../../shared/model/annotation';
import { listAnnotations } from '../../main/annotations/annotationRepo';
import { listColorLabels } from '../../main/annotations/colorLabels';
import { getArticle, listArticles } from '../../main/db/articleRepo';
import { UsageError } from '../args';
import type { Command } from '../command';

const QUOTE_WIDTH = 100;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function articleTitles(db: Database, articleId: string | undefined): Map<string, string> {
  if (articleId !== undefined) return new Map([[articleId, getArticle(db, articleId).title]]);
  const page = listArticles(db, {
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
    sort: 'title',
    direction: 'asc',
  });
  return new Map(page.items.map((a) => [a.id, a.title]));
}

function printAnnotation(
  a: Annotation,
  labels: ReadonlyMap<string, string>,
  out: (line: string) => void,
): void {
  out(`  [${a.anchor}] ${labels.get(a.color) ?? a.color} (${a.color}, ${a.style})  ${a.id}`);
  out(`    “${clip(a.quote.exact, QUOTE_WIDTH)}”`);
  if (a.note !== '') {
    const [first = '', ...more] = a.note.split('\n');
    out(`    note: ${first}`);
    for (const line of more) out(`          ${line}`);
  }
  if (a.tags.length > 0) out(`    tags: ${a.tags.join(', ')}`);
}

export const annotationsCommand: Command = {
  name: 'annotations',
  usage: 'annotations [--article ID] annotations with colour name, quote, note, tags and anchor state',
  options: { article: { type: 'string' } },
  run({ library, args, values, io }) {
    if (args.length > 0) throw new UsageError(`annotations takes no arguments, not "${args.join(' ')}".`);
    const article = values.article;
    if (article !== undefined && (typeof article !== 'string' || !z.uuid().safeParse(article).success)) {
      throw new UsageError(`--article takes an article id (a UUID), not "${String(article)}".`);
    }
    const titles = articleTitles(library.db, article);
    const annotations = listAnnotations(library.db, article);
    const labels = new Map(listColorLabels(library.db).map((l) => [l.id, l.name]));

    if (values.json === true) {
      const rows = annotations.map((a) => ({
        ...a,
        articleTitle: titles.get(a.articleId) ?? null,
        colorName: labels.get(a.color),
      }));
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    if (annotations.length === 0) {
      io.out('No annotations.');
      return 0;
    }
    let current: string | null = null;
    for (const a of annotations) {
      if (a.articleId !== current) {
        if (current !== null) io.out('');
        current = a.articleId;
        io.out(`${titles.get(a.articleId) ?? a.articleId}  (${a.articleId})`);
      }
      printAnnotation(a, labels, io.out);
    }
    const orphans = annotations.filter((a) => a.anchor === 'orphan').length;
    io.out('');
    io.out(
      `${annotations.length} annotation${annotations.length === 1 ? '' : 's'}${orphans ? `, ${orphans} orphaned` : ''}.`,
    );
    return 0;
  },
};
