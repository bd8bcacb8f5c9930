/** How article metadata reads in the UI. Pure, locale-fixed (English UI), so it formats the same in every runtime. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** Reads a stored `YYYY-MM-DD`; null for anything else, including impossible dates like 2023-02-30. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "26 Jan 2023"; null when there is no usable date (the caller shows "Undated"). */
export function formatShortDate(iso: string | null): string | null {
  const date = iso === null ? null : parseIsoDate(iso);
  if (!date) return null;
  return `${date.day} ${monthName(date.month).slice(0, 3)} ${date.year}`;
}

/** "26 January 2023", for tooltips and screen readers. */
export function formatLongDate(iso: string | null): string | null {
  const date = iso === null ? null : parseIsoDate(iso);
  if (!date) return null;
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

/** 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  const [whole = '0', fraction] = String(Math.round(n * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatWordCount(words: number): string {
  return plural(words, 'word', 'words');
}

export function formatArticleCount(articles: number): string {
  return plural(articles, 'article', 'articles');
}

/** "4 min read"; an article always takes at least a minute. */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}
