import { articleFields } from './fields';
import { articleLink } from './links';
import { slugify } from './slug';
import type { ExportContext, ExportEntry, ExportFile } from './types';

/** The columns Readwise's CSV import reads. */
export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/**
 * One RFC 4180 cell. A cell a spreadsheet would read as a formula (starting with = + - @, a tab
 * or a carriage return) gets a leading apostrophe, so opening the file cannot run one.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Readwise's "YYYY-MM-DD HH:MM:SS" (UTC) from an ISO timestamp. */
function readwiseDate(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/u.exec(iso);
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}` : iso;
}

/** Readwise reads `.tag` words at the start of a note as tags: the colour's name first, then the tags. */
function noteWithTags(note: string, color: string, tags: readonly string[]): string {
  const slugs = [...new Set([color, ...tags].map(slugify).filter((s) => s !== ''))];
  const prefix = slugs.map((s) => `.${s}`).join(' ');
  return note === '' ? prefix : `${prefix}\n${note}`;
}

/** A CSV for Readwise (and any spreadsheet): one highlight per row, CRLF line ends. */
export function toCsv(entries: readonly ExportEntry[], context: ExportContext): ExportFile[] {
  const rows: string[] = [READWISE_COLUMNS.join(',')];
  for (const entry of entries) {
    const fields = articleFields(entry, context);
    for (const h of fields.highlights) {
      rows.push(
        [
          h.highlight,
          fields.title,
          fields.author ?? '',
          articleLink(fields.id),
          noteWithTags(h.note, h.color, h.tags),
          h.location === null ? '' : String(h.location),
          readwiseDate(h.created),
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return [
    {
      name: `Gloss highlights ${context.exportedAt.slice(0, 10)}.csv`,
      content: `${rows.join('\r\n')}\r\n`,
      mediaType: 'text/csv',
    },
  ];
}
