/** Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]['"’”»)\]]*$/u;

/** A list bullet or a numbered-list marker at the start of a line. */
export const BULLET_START = /^(?:[•·▪◦‣●○■□*+–—-]|\d{1,3}[.)])\s/u;

const LINE_BREAK = /\r\n?|[\u2028\u2029\v\f]/gu;
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;
// eslint-disable-next-line no-control-regex -- stripping stray control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;

/**
 * Splits raw text into normalized lines: NFC, LF line endings, no BOM or invisible characters,
 * every run of whitespace (tabs, no-break spaces…) collapsed to one space, trimmed. Blank lines are ''.
 */
export function toLines(raw: string): string[] {
  const text = raw.normalize('NFC').replace(LINE_BREAK, '\n').replace(INVISIBLE, '').replace(CONTROL, '');
  return text.split('\n').map(normalizeLine);
}

/** Whitespace other than a lone space: most lines have none, and skip the replace. */
const UNUSUAL_SPACE = /[^\S ]| {2}/u;

export function normalizeLine(line: string): string {
  return (UNUSUAL_SPACE.test(line) ? line.replace(/\s+/gu, ' ') : line).trim();
}

/** Words of a normalized line (which has single spaces). */
export function wordCount(text: string): number {
  if (text === '') return 0;
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** A piece of body text: one line, or several lines that were one hard-wrapped paragraph. */
export interface Unit {
  readonly text: string;
  readonly lineCount: number;
}

/**
 * Groups lines into units. Lines separated by blank lines are separate units; consecutive lines are
 * separate units too (scraped pages often put one paragraph per line) unless the run looks hard-wrapped.
 */
export function toUnits(lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    if (isHardWrapped(run)) units.push({ text: joinWrapped(run), lineCount: run.length });
    else for (const line of run) units.push({ text: line, lineCount: 1 });
    run = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else run.push(line);
  }
  flush();
  return units;
}

/** Most breaks fall mid-sentence (next line starts in lower case, or the line ends on a comma or hyphen). */
function isHardWrapped(run: readonly string[]): boolean {
  if (run.length < 2) return false;
  if (run.some((line) => line.length > 120 || BULLET_START.test(line))) return false;
  let midSentence = 0;
  for (let i = 0; i + 1 < run.length; i++) {
    const line = run[i] ?? '';
    const next = run[i + 1] ?? '';
    if (/^\p{Ll}/u.test(next) || /[,;–-]$/u.test(line)) midSentence++;
  }
  return midSentence * 2 >= run.length - 1;
}

function joinWrapped(run: readonly string[]): string {
  let text = run[0] ?? '';
  for (const line of run.slice(1)) {
    // A word hyphenated across the break ("well-" / "known") is rejoined without a space.
    text += /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? line : ` ${line}`;
  }
  return text;
}
