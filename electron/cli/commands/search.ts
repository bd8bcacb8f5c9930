import type { AnnotationSearchHit, SearchExcerpt, SearchHit } from '../../../shared/model/search';
import { SEARCH_PAGE_MAX, searchLibrary } from '../../main/search/searchLibrary';
import { UsageError } from '../args';
import type { Command } from '../command';

function count(
  name: string,
  value: string | boolean | string[] | boolean[] | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${String(value)}".`);
  }
  return n;
}

/** The snippet with its highlights in **bold** markers. */
function marked(passage: { readonly snippet: string; readonly ranges: SearchExcerpt['ranges'] }): string {
  const chars = Array.from(passage.snippet);
  let out = '';
  let at = 0;
  for (const [start, end] of passage.ranges) {
    out += `${chars.slice(at, start).join('')}**${chars.slice(start, end).join('')}**`;
    at = end;
  }
  return (out + chars.slice(at).join('')).replace(/\s+/gu, ' ');
}

function describeHit(hit: SearchHit, rank: number): string[] {
  const meta = [hit.source, hit.publishedAt, hit.articleId].filter((v) => v !== null).join(' · ');
  const lines = [
    `${String(rank).padStart(3)}. ${hit.title}   (score ${hit.score.toFixed(2)})`,
    `     ${meta}`,
  ];
  for (const p of hit.passages) {
    lines.push(`     [block ${p.blockIndex}, ${p.start}–${p.end}] ${marked(p)}`);
  }
  return lines;
}

function excerptLine(label: string, e: SearchExcerpt): string {
  return `     ${label} ${e.cutBefore ? '…' : ''}${marked({ snippet: e.text, ranges: e.ranges })}${e.cutAfter ? '…' : ''}`;
}

function describeAnnotation(hit: AnnotationSearchHit, rank: number): string[] {
  const tags = hit.tags.length > 0 ? ` · tags ${hit.tags.join(', ')}` : '';
  const lines = [
    `${String(rank).padStart(3)}. [${hit.colorName}${hit.style === 'underline' ? ', underline' : ''}] in "${hit.articleTitle}"${hit.anchor === 'orphan' ? ' (orphaned)' : ''}`,
    `     annotation ${hit.annotationId} · article ${hit.articleId} · ${hit.start}–${hit.end}${tags}`,
    excerptLine('quote:', hit.quote),
  ];
  if (hit.note.text !== '') lines.push(excerptLine('note: ', hit.note));
  return lines;
}

export const searchCommand: Command = {
  name: 'search',
  usage:
    'search "QUERY" [--limit N] [--offset N]   ranked articles with passages, then matching highlights and notes (as the search box: typos, "phrases", -words, source:/author:/year:, color:/tag:/has:note)',
  options: { limit: { type: 'string' }, offset: { type: 'string' } },
  run({ library, args, values, io }) {
    const q = args.join(' ').trim();
    if (q === '') throw new UsageError('search needs a query, e.g. search "Mazhilis elections".');
    const limit = count('--limit', values.limit, 10, 1, SEARCH_PAGE_MAX);
    const offset = count('--offset', values.offset, 0, 0, 100_000);
    const page = searchLibrary(library.db, {
      q,
      limit,
      offset,
      seq: 0,
      annotationLimit: limit,
      annotationOffset: offset,
    });
    if (values.json === true) {
      io.out(JSON.stringify(page, null, 2));
      return 0;
    }
    const shown = page.hits.length === 0 ? 'none shown' : `${offset + 1}–${offset + page.hits.length} shown`;
    io.out(
      `${page.total} ${page.total === 1 ? 'article matches' : 'articles match'} "${q}" (${shown}, ${page.tookMs} ms)`,
    );
    for (const e of page.expansions) {
      if (e.matches.length !== 1 || e.matches[0] !== e.term.toLowerCase()) {
        io.out(
          `  ${e.term} → ${e.matches.length > 0 ? e.matches.join(', ') : 'no such word in the library'}`,
        );
      }
    }
    for (const f of page.ignoredFilters) io.out(`  ignored ${f.reason} filter ${f.filter}`);
    page.hits.forEach((hit, i) => {
      io.out('');
      for (const line of describeHit(hit, offset + i + 1)) io.out(line);
    });
    const notes = page.annotations;
    if (notes.total > 0) {
      io.out('');
      io.out(
        `${notes.total} ${notes.total === 1 ? 'highlight or note matches' : 'highlights and notes match'}`,
      );
      notes.hits.forEach((hit, i) => {
        io.out('');
        for (const line of describeAnnotation(hit, offset + i + 1)) io.out(line);
      });
    }
    return 0;
  },
};
