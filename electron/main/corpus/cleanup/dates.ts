const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month names and abbreviations, lower case. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?!\\p{L})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';

/** Full dates with a year, in the forms news sites write them. Slashed dates are ambiguous and ignored. */
const DATE_FORMS: readonly { readonly pattern: RegExp; readonly parts: (m: RegExpExecArray) => DateParts }[] =
  [
    {
      // 2023-01-26 (also as the start of a timestamp)
      pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu,
      parts: (m) => ({ year: m[1], month: m[2], day: m[3] }),
    },
    {
      // 26 January 2023, 26th Jan. 2023
      pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'giu'),
      parts: (m) => ({ day: m[1], month: m[2], year: m[3] }),
    },
    {
      // January 26, 2023 / Jan. 26 2023
      pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'giu'),
      parts: (m) => ({ month: m[1], day: m[2], year: m[3] }),
    },
    {
      // 26.01.2023 (day first wherever dots are used)
      pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\.?\d)/gu,
      parts: (m) => ({ day: m[1], month: m[2], year: m[3] }),
    },
  ];

interface DateParts {
  readonly year: string | undefined;
  readonly month: string | undefined;
  readonly day: string | undefined;
}

export interface FoundDate {
  /** YYYY-MM-DD */
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

/** Every valid full date stated in the text, in reading order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.pattern)) {
      const iso = toIso(form.parts(m));
      if (iso !== null) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The text with every stated date replaced by a space. */
export function removeDates(text: string): string {
  let out = text;
  for (const form of DATE_FORMS) out = out.replace(form.pattern, ' ');
  return out;
}

function toIso({ year, month, day }: DateParts): string | null {
  if (year === undefined || month === undefined || day === undefined) return null;
  const y = Number(year);
  const m = /^\d+$/u.test(month) ? Number(month) : (MONTHS[month.toLowerCase()] ?? 0);
  const d = Number(day);
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
