import { COPYRIGHT, isInfoOnly } from './chrome';
import { findDates } from './dates';
import { SENTENCE_END, wordCount } from './lines';

/** Where a piece of metadata came from; a lower rank wins, and the first offer wins a tie. */
export const DateRank = { stated: 0, byline: 1, dateline: 2, updated: 3 } as const;
export const SourceRank = { label: 0, dateline: 1, footer: 2, copyright: 3 } as const;

interface Ranked {
  readonly value: string;
  readonly rank: number;
}

export class MetadataCollector {
  private date: Ranked | null = null;
  private sourceName: Ranked | null = null;
  private authorName: string | null = null;

  offerDate(iso: string, rank: number): void {
    if (this.date === null || rank < this.date.rank) this.date = { value: iso, rank };
  }

  offerSource(name: string, rank: number): void {
    if (this.sourceName === null || rank < this.sourceName.rank) this.sourceName = { value: name, rank };
  }

  offerAuthor(name: string): void {
    this.authorName ??= name;
  }

  get publishedAt(): string | null {
    return this.date?.value ?? null;
  }

  get source(): string | null {
    return this.sourceName?.value ?? null;
  }

  get author(): string | null {
    return this.authorName;
  }
}

const NAME_PARTICLES = new Set(
  'and & de da di del della dos das du van von der den ter le la al el bin ibn y'.split(' '),
);
const NOT_A_NAME_WORDS =
  'The A An This That These Those Our My Your His Her Their Its Way Contrast Comparison Then Now Far';
const NOT_A_NAME = new Set(NOT_A_NAME_WORDS.split(' '));
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** Looks like a person's name (or a few, joined by "and"): capitalized words, no digits or sentence. */
export function isPersonName(text: string, minWords = 2): boolean {
  if (text.length > 80 || /\d/u.test(text) || /[!?:;]/u.test(text)) return false;
  const words = text.split(' ');
  const named = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  if (named.length < minWords || words.length > 8) return false;
  if (NOT_A_NAME.has(words[0] ?? '')) return false;
  return words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || NAME_WORD.test(w));
}

const AUTHOR_LABEL =
  /^(?:author|authors|author\(s\)|reporter|correspondent|written by|автор|авторы)\s*:\s*(.*)$/iu;

/** "Author: Jane Doe", or a bare "Author:" whose name is on the next non-empty line (name: null). */
export function parseAuthorLabel(line: string): { readonly name: string | null } | null {
  const m = AUTHOR_LABEL.exec(line);
  if (m === null) return null;
  const name = (m[1] ?? '').trim();
  if (name === '') return { name: null };
  return isPersonName(name, 1) ? { name } : null;
}

const BYLINE = /^(.*?)(?:^|\s)(?:by|written by|words by|story by|reported by)\s+(.+)$/iu;
const BYLINE_PARTS = /\s*[|•·]\s*|\s+[–—-]\s+/u;

/** "By Jane Doe", "By Jane Doe | January 26, 2023", "Posted on 26 Jan 2023 by Jane Doe". */
export function parseByline(
  line: string,
): { readonly author: string; readonly dates: readonly string[] } | null {
  if (wordCount(line) > 20) return null;
  const m = BYLINE.exec(line);
  if (m === null) return null;
  const before = (m[1] ?? '').trim();
  if (before !== '' && !isInfoOnly(before)) return null;
  const [first = '', ...rest] = (m[2] ?? '').split(BYLINE_PARTS);
  // "Jane Doe, Reuters": the name is what precedes the comma.
  const author = (first.split(',')[0] ?? '').trim();
  if (!isPersonName(author)) return null;
  return { author, dates: [before, ...rest].flatMap((part) => findDates(part).map((d) => d.iso)) };
}

/** "Source: Reuters". */
export function parseSourceLabel(line: string): string | null {
  const m = /^(?:source|источник)\s*:\s*(.+)$/iu.exec(line);
  const name = (m?.[1] ?? '').replace(/\.$/u, '').trim();
  return isOutletName(name) ? name : null;
}

/** A publication's name: starts with a capital, a few words, not a sentence. */
function isOutletName(name: string): boolean {
  return (
    /^[\p{Lu}\p{N}]/u.test(name) && wordCount(name) <= 6 && !SENTENCE_END.test(name) && !/^our\b/iu.test(name)
  );
}

const GET_STORIES = /^get (?:the latest )?(.+?) (?:stories|news|headlines|articles|updates|newsletters?)\b/iu;
const SUBSCRIBE_TO =
  /\b(?:[Ss]ign up for|[Ss]ubscribe to) (?:the )?(\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?)(?:['’]s)? (?:newsletter|briefing)\b/u;

/** The publication a newsletter footer names: "Get The Astana Times stories sent directly to you!". */
export function sourceFromNewsletter(line: string): string | null {
  const name = (GET_STORIES.exec(line)?.[1] ?? SUBSCRIBE_TO.exec(line)?.[1] ?? '').trim();
  return isOutletName(name) ? name : null;
}

/** "© 2023 Example News. All rights reserved." → "Example News". */
export function sourceFromCopyright(line: string): string | null {
  if (!COPYRIGHT.test(line)) return null;
  const name = line
    .replace(/^(?:©|\(c\)|copyright)\s*(?:©\s*)?/iu, '')
    .replace(/^\d{4}(?:\s*[-–]\s*\d{4})?[\s,]*/u, '')
    .replace(/[\s.,]*all rights reserved\.?$/iu, '')
    .replace(/\.$/u, '')
    .trim();
  return isOutletName(name) ? name : null;
}

const AGENCY_DATELINE =
  /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)*[.,] (\p{Lu}[\p{Lu}&'’-]{2,}(?: \p{Lu}[\p{Lu}&'’-]+)*) (?=\p{Lu}\p{Ll})/u;
const DASH = /\s[–—-]\s|—/u;

/**
 * The dateline opening a first paragraph: "ASTANA. KAZINFORM Addressing…", "LONDON, Jan. 26, 2023 (Reuters) –",
 * "ASTANA –". Gives the agency it names and the full date it states, if any.
 */
export function parseDateline(paragraph: string): {
  readonly source: string | null;
  readonly date: string | null;
} {
  const agency = AGENCY_DATELINE.exec(paragraph);
  if (agency !== null) {
    return { source: agencyName(agency[1] ?? ''), date: findDates(agency[0])[0]?.iso ?? null };
  }
  const dash = DASH.exec(paragraph.slice(0, 100));
  if (dash === null || !/^\p{Lu}{2,}/u.test(paragraph)) return { source: null, date: null };
  const prefix = paragraph.slice(0, dash.index);
  if (wordCount(prefix) > 12) return { source: null, date: null };
  const paren = /\((\p{L}[\p{L}\p{N} .&'’-]{1,40})\)/u.exec(prefix)?.[1];
  const source = paren !== undefined && findDates(paren).length === 0 ? agencyName(paren) : null;
  return { source, date: findDates(prefix)[0]?.iso ?? null };
}

/** "KAZINFORM" → "Kazinform"; short acronyms ("AP", "TASS") stay as they are. */
function agencyName(name: string): string {
  return name
    .trim()
    .split(' ')
    .map((w) => (w.length > 4 && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(' ');
}
