import { MONTH_NAMES, findDates, removeDates } from './dates';
import { SENTENCE_END, hasLetter, wordCount } from './lines';

/*
 * Site chrome: lines of a scraped page that are not article text. Every predicate here looks at one
 * normalized line and is deliberately narrow, since a false positive deletes part of an article.
 */

const SEPARATOR_CHARS = '|•·▪◦●';

/**
 * Every letter run an info line may contain (phrase words, weekdays, months, time zones, ordinals…),
 * filled as the regexes below are built: a line with any other word is prose, and parseInfoLine
 * rejects it without running its regexes (the hottest path of an import).
 */
const INFO_WORDS = new Set<string>([
  ...MONTH_NAMES,
  'st',
  'nd',
  'rd',
  'th',
  'a',
  'p',
  'm',
  'am',
  'pm',
  'gmt',
  'utc',
]);
const LETTER_RUN = /\p{L}+/gu;

function hasOnlyInfoWords(line: string): boolean {
  LETTER_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LETTER_RUN.exec(line)) !== null) if (!INFO_WORDS.has(m[0].toLowerCase())) return false;
  return true;
}
const LEADING_SEPARATOR = new RegExp(`^[${SEPARATOR_CHARS}]`, 'u');

function phraseRegex(phrases: readonly string[]): RegExp {
  for (const phrase of phrases)
    for (const word of phrase.split(/[^\p{L}]+/u)) if (word !== '') INFO_WORDS.add(word);
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Interface words that, alone on a line (or with a date), are navigation, sharing or ad furniture. */
const UI_PHRASES = phraseRegex([
  'go to the main site',
  'go to main site',
  'main site',
  'back to top',
  'skip to main content',
  'skip to content',
  'skip navigation',
  'main menu',
  'menu',
  'search',
  'home',
  'home page',
  'main page',
  'advertisement',
  'advertising',
  'ad',
  'sponsored content',
  'sponsored',
  'share this article',
  'share this',
  'share on',
  'share',
  'tweet',
  'print',
  'print version',
  'email',
  'e-mail',
  'facebook',
  'twitter',
  'telegram',
  'whatsapp',
  'instagram',
  'youtube',
  'tiktok',
  'linkedin',
  'vkontakte',
  'vk',
  'reddit',
  'pinterest',
  'copy link',
  'comments',
  'comment',
  'leave a comment',
  'sign in',
  'log in',
  'login',
  'register',
  'subscribe',
  'close',
  'next article',
  'previous article',
  'continue reading',
  'scroll to continue',
  'listen to this article',
  'listen',
  'font size',
  'version for the visually impaired',
  'view all',
  'show more',
  'load more',
  'loading',
]);

const DATE_LABELS = phraseRegex([
  'date',
  'published',
  'publication date',
  'posted',
  'updated',
  'last updated',
  'modified',
  'created',
  'on',
  'at',
  'time',
  'дата',
  'опубликовано',
  'обновлено',
]);

const WEEKDAY_NAMES =
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';
for (const day of WEEKDAY_NAMES.split(' ')) INFO_WORDS.add(day);
const WEEKDAYS = new RegExp(`(?<!\\p{L})(?:${WEEKDAY_NAMES.replace(/ /gu, '|')})(?!\\p{L})\\.?`, 'giu');
const TIME =
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?\)?|\s*(?:GMT|UTC)\b)?/giu;

export interface InfoLine {
  readonly dates: readonly string[];
  /** The line labels its date as an update, not the publication. */
  readonly updated: boolean;
}

/**
 * A line made only of dates, times, date labels and interface words ("date 2023-01-26 Go to the main
 * site", "26 January 2023, 10:33", "Share", "Advertisement"), or with no letter or digit at all.
 */
export function parseInfoLine(line: string): InfoLine | null {
  if (!hasOnlyInfoWords(line)) return null;
  const rest = removeDates(line)
    .replace(TIME, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(DATE_LABELS, ' ')
    .replace(UI_PHRASES, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  return {
    dates: findDates(line).map((d) => d.iso),
    updated: /^\W*(?:last\s+)?(?:updated|modified|обновлено)/iu.test(line),
  };
}

/** Only dates, times, date labels, interface words and separators. */
export function isInfoOnly(text: string): boolean {
  return parseInfoLine(text) !== null;
}

const WIDGET_LABEL =
  /^(?:currency rates?|exchange rates?|currency|weather|weather forecast|forecast|курсы? валют|погода)\s*:?$/iu;
const CURRENCY_PAIR = /(?<![A-Za-z])[A-Za-z]{3}\s?\/\s?[A-Za-z]{3}\s*[:=]?\s*[-+]?\d+(?:[.,]\d+)*/gu;
const CURRENCY_CODE =
  /(?<![A-Za-z])(?:USD|EUR|RUB|CNY|GBP|JPY|KZT|CHF|TRY|UAH|KGS|UZS|BYN|AED|INR|CAD|AUD)\s*[:=]?\s*\d+(?:[.,]\d+)*/gu;
const TEMPERATURE = /[-+−]?\d+(?:[.,]\d+)?\s*(?:℃|℉|°\s*[CF]?)/u;
const PHONE = /^(?:(?:tel|phone|call|hotline|тел)\.?\s*:?\s*)?\+?[\d\s().-]+$/iu;

/**
 * A cheap necessary condition before a case-insensitive regex: one of the hints occurs in the line,
 * ignoring ASCII case. A case-insensitive regex scan of a paragraph costs far more than includes().
 */
function mentionsAny(line: string, hints: readonly string[]): boolean {
  // The chrome rules ask about the same line in turn; lower-case it once.
  if (line !== lastLine) {
    lastLine = line;
    lastLower = line.toLowerCase();
  }
  for (const hint of hints) if (lastLower.includes(hint)) return true;
  return false;
}
let lastLine = '';
let lastLower = '';

/** Header widgets: exchange rates, weather, a bare phone number. */
export function isWidgetLine(line: string): boolean {
  if (WIDGET_LABEL.test(line)) return true;
  if (isCurrencyLine(line)) return true;
  if (TEMPERATURE.test(line) && wordCount(line) <= 6 && !SENTENCE_END.test(line)) return true;
  if (PHONE.test(line)) {
    const digits = line.replace(/\D/gu, '').length;
    return digits >= 7 && digits <= 15;
  }
  return false;
}

function isCurrencyLine(line: string): boolean {
  if (!line.includes('/') && !/[A-Z]{3}/u.test(line)) return false;
  const MARK = '\uE000';
  const marked = line.replace(CURRENCY_PAIR, MARK).replace(CURRENCY_CODE, MARK);
  if (!marked.includes(MARK)) return false;
  return marked.replace(/\uE000|[-+]?\d+(?:[.,]\d+)*%?|[\s▲▼↑↓+\-–—|•·,;:()]/gu, '') === '';
}

/**
 * Menus: a row of tiny tokens (a language switcher such as "• ру қз qz 中文"), or three or more short
 * items separated by bullets or pipes ("Home | News | Sport").
 */
export function isMenuLine(line: string): boolean {
  if (!HAS_SEPARATOR.test(line)) return UPPER_TOKEN_ROW.test(line);
  const tokens = line.split(new RegExp(`[\\s${SEPARATOR_CHARS}]+`, 'u')).filter((t) => t !== '');
  const tiny = tokens.length >= 3 && tokens.every((t) => /^[\p{L}\p{M}]{1,3}$/u.test(t));
  if (tiny && (LEADING_SEPARATOR.test(line) || tokens.every((t) => /^\p{Lu}{2,3}$/u.test(t)))) return true;
  const items = line
    .split(new RegExp(`\\s*[${SEPARATOR_CHARS}]\\s*`, 'u'))
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return (
    items.length >= 3 &&
    new RegExp(`\\S\\s*[${SEPARATOR_CHARS}]\\s*\\S`, 'u').test(line) &&
    items.every((item) => wordCount(item) <= 3 && !SENTENCE_END.test(item))
  );
}

const HAS_SEPARATOR = new RegExp(`[${SEPARATOR_CHARS}]`, 'u');
/** Without separators the menu rule below reduces to this: three or more 2–3-letter capital tokens. */
const UPPER_TOKEN_ROW = /^\p{Lu}{2,3}(?: \p{Lu}{2,3}){2,}$/u;

const CRUMB_MARKS = '>»›';

/** A breadcrumb trail ("Home > News > Politics") or one crumb of it per line ("• Main Page >"). */
export function isBreadcrumbLine(line: string): boolean {
  const body = line.replace(new RegExp(`^[${SEPARATOR_CHARS}]\\s*`, 'u'), '');
  if (continuesBreadcrumb(body)) return wordCount(body) <= 8 && hasLetter(body);
  const parts = body.split(/\s+[>»›]\s+/u);
  return parts.length >= 2 && parts.every((p) => hasLetter(p) && wordCount(p) <= 5 && !SENTENCE_END.test(p));
}

/** The trail goes on to the next line, whose text is the current page's crumb. */
export function continuesBreadcrumb(line: string): boolean {
  // "»" and "›" also close «quotations» and ‹quotations›.
  // Lines are trimmed, so "ends in a mark with text before it" is a look at the last character.
  return line.length > 1 && CRUMB_MARKS.includes(line.charAt(line.length - 1)) && !/[«‹]/u.test(line);
}

/** The current page's crumb after a trail ending in ">": a word or few, no punctuation. */
export function isFinalCrumb(line: string): boolean {
  return wordCount(line) <= 4 && hasLetter(line) && !/[.!?,;:]$/u.test(line);
}

const LIST_LABEL = new RegExp(
  '^(?:related(?: news| articles| stories| posts| content| coverage| topics)?|read (?:also|more)|see also|also read' +
    '|more (?:news|stories|articles|on this(?: topic)?|from [\\p{L} ]{1,30})|(?:most )?popular(?: news| stories| now)?' +
    '|most (?:read|viewed|shared)|trending(?: now)?|latest (?:news|stories|articles)|top stories' +
    '|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|tags|topics|keywords' +
    '|новости по теме|читайте также|похожие новости|популярное|по теме|теги)\\s*[:›»>]?$',
  'iu',
);

/** The heading of a list of links to other articles or of tags ("Related news", "Popular", "Read also"). */
export function isListLabel(line: string): boolean {
  return LIST_LABEL.test(line);
}

/** The end of a links list: a line that reads like body text rather than a headline or a tag. */
export function endsLinkList(line: string): boolean {
  const words = wordCount(line);
  return words > 25 || (words >= 8 && /[.!]['"’”»)\]]*$/u.test(line));
}

const INLINE_LINK =
  /^(?:read (?:also|more)|see also|also read|related|читайте также|подробнее|tags|topics|keywords|теги)\s*[:›»>–—-]\s*\S/iu;

/** A one-line pointer to another article or a tag list ("Read also: …", "Tags: …"). */
export function isInlineLink(line: string): boolean {
  return INLINE_LINK.test(line) && wordCount(line) <= 30;
}

const CTA_START =
  /^(?:get|sign up|subscribe|join|follow us|follow|stay (?:up to date|informed|updated|tuned)|don[’']t miss|never miss|want (?:more|the latest)|like (?:this|what you read)|receive|to receive|enjoy)\b/iu;
const NEWSLETTER_WORD = /\b(?:newsletter|sign up|sent directly|inbox|mailing list)\b/iu;
const SUBSCRIBE_HINTS = [
  'newsletter',
  'subscribe',
  'sign up',
  'sent directly',
  'inbox',
  'follow us',
  'mailing list',
];
const SUBSCRIBE_WORD = /\b(?:newsletter|subscribe|sign up|sent directly|inbox|follow us|mailing list)\b/iu;

/** A newsletter or "follow us" call to action. */
export function isNewsletterLine(line: string): boolean {
  if (
    !mentionsAny(line, SUBSCRIBE_HINTS) ||
    !SUBSCRIBE_WORD.test(line) ||
    wordCount(line) > 50 ||
    /^["“„«]/u.test(line)
  )
    return false;
  return CTA_START.test(line) || (NEWSLETTER_WORD.test(line) && /\b(?:you|your|our)\b/iu.test(line));
}

const COOKIE_HINTS = ['cookie', 'site'];
const COOKIE =
  /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site)\b/iu;

export function isCookieNotice(line: string): boolean {
  return mentionsAny(line, COOKIE_HINTS) && COOKIE.test(line) && wordCount(line) <= 80;
}

const RESERVED_HINTS = ['all rights reserved'];
export const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu;

export function isCopyrightLine(line: string): boolean {
  return (
    (COPYRIGHT.test(line) || (mentionsAny(line, RESERVED_HINTS) && /\ball rights reserved\b/iu.test(line))) &&
    wordCount(line) <= 25
  );
}
