/**
 * A deterministic synthetic news corpus, shaped like the seed texts (title line, byline, dateline,
 * paragraphs, headings, photo captions, newsletter footer) so the real import path cleans it.
 *
 * Words follow a Zipf-like law over ~120,000 distinct words: English function and news words at the top,
 * then generated pseudo-words, derived forms, hyphenated compounds and transliterated names, some with
 * two spellings (Tokayev / Tokaev) the way names really appear across outlets. Each article dwells on a
 * few topic words and names, so ranking has something to find.
 */
import type { TextSource } from '../electron/main/corpus/importTexts';

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = (
  'the of and to in a is that for on with as by was at from it be are this an which have has not or ' +
  'its were their also but been will would more said after other all new who one two they there than ' +
  'first about into over up out can only his her he she most under such these some we our them between ' +
  'during while within before against through since well both many each because where what could should'
).split(' ');

const NEWS_WORDS = (
  'president government minister country state people year development economic national political ' +
  'reform parliament election public social international region city law policy security support ' +
  'program project report meeting agreement cooperation investment market growth energy industry ' +
  'company business trade export production agriculture education health system service citizens ' +
  'council committee commission chairman deputy governor mayor official spokesperson statement ' +
  'conference summit delegation partnership strategy initiative infrastructure transport railway ' +
  'construction housing water electricity gas oil price budget tax revenue bank finance currency ' +
  'inflation employment workers wages pension hospital school university students teachers research ' +
  'technology digital innovation environment climate forecast weather tourism culture festival museum ' +
  'history tradition anniversary celebration sports championship athletes team victory medal olympic ' +
  'court justice prosecutor police investigation corruption transparency accountability democracy ' +
  'constitution referendum campaign candidate vote ballot party opposition coalition legislation ' +
  'amendment regulation framework mechanism implementation modernization efficiency governance ' +
  'stability unity prosperity responsibility opportunity priority challenge crisis recovery ' +
  'negotiations diplomacy embassy ambassador foreign affairs border neighbours region capital province ' +
  'district village rural urban population community family children women youth veterans society'
).split(' ');

const FIRST_NAMES = (
  'Kassym Jomart Nursultan Aigerim Yerbolat Zhenis Maulen Alikhan Murat Altai Dariga Saule Askar ' +
  'Bakhytzhan Gulnara Timur Aidos Dinara Yerlan Zhanar Madina Serik Nurlan Aliya Marat Bolat Erlan'
).split(' ');

/** Name stems and endings that produce Russian-Kazakh transliterations: -ayev/-aev, zh/j, kh/h… */
const NAME_STEMS = (
  'Tok Ashimb Dossa Kulgin Smail Aiten Kassymb Nazarb Mass Sagint Tleuberd Kos Zhaksyb Bekt Mukh ' +
  'Nurk Sarsemb Zhumag Abdrakhman Temirkh Baimakh Yessim Kairb Omarkh Shaikh Akhmetzh Tulegen Sultan'
).split(' ');
const NAME_ENDINGS = ['ayev', 'ayeva', 'ov', 'ova', 'bekov', 'uly', 'kyzy', 'ekov', 'imov'];

/** Spellings a transliterated name also appears under in other outlets. */
function variantSpelling(name: string): string {
  return name
    .replace(/ayev/gu, 'aev')
    .replace(/zh/gu, 'j')
    .replace(/kh/gu, 'h')
    .replace(/ss/gu, 's')
    .replace(/y(?=[aeiou])/gu, 'i');
}

// A syllable inventory wide enough that one-edit neighbours are about as common as in English
// (a narrow one makes most planted typos ambiguous between several real words).
const ONSETS = [
  '',
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'bl',
  'br',
  'cl',
  'cr',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'pl',
  'pr',
  'sc',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'st',
  'sw',
  'tr',
  'tw',
  'th',
  'sh',
  'ch',
  'wh',
  'qu',
  'str',
  'spr',
  'scr',
  'thr',
  'kh',
  'zh',
];
const VOWELS = [
  'a',
  'e',
  'i',
  'o',
  'u',
  'a',
  'e',
  'i',
  'o',
  'ai',
  'ea',
  'ee',
  'ie',
  'oo',
  'ou',
  'oa',
  'au',
  'ei',
  'y',
];
const CODAS = [
  '',
  '',
  'n',
  'r',
  's',
  'l',
  't',
  'm',
  'k',
  'd',
  'p',
  'g',
  'nd',
  'nt',
  'st',
  'rt',
  'rd',
  'ld',
  'lt',
  'mp',
  'ng',
  'ck',
  'sk',
  'ct',
  'pt',
  'ft',
  'rk',
  'rn',
  'rm',
  'sh',
  'ch',
  'th',
  'x',
  'ss',
  'll',
  'ff',
];
const SUFFIXES = ['s', 'ed', 'ing', 'tion', 'ization', 'ity', 'al', 'ment', 'ness', 'ive'];
const PREFIXES = ['de', 're', 'co', 'non', 'post', 'pre', 'anti', 'inter'];

/** Word lengths of an English dictionary of this size, roughly: P(length) for 3..14 letters. */
const LENGTHS = [0.02, 0.05, 0.07, 0.1, 0.12, 0.13, 0.13, 0.11, 0.09, 0.07, 0.06, 0.05];

function pseudoWord(random: () => number): string {
  let r = random();
  let length = 3;
  for (const p of LENGTHS) {
    if (r < p) break;
    r -= p;
    length++;
  }
  let word = '';
  while (word.length < length) {
    word += pick(random, ONSETS) + pick(random, VOWELS) + (random() < 0.5 ? pick(random, CODAS) : '');
  }
  return word.slice(0, length);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export interface Lexicon {
  /** Words by frequency rank (rank 0 most frequent). */
  readonly words: readonly string[];
  /** Cumulative Zipf weights, for sampling by binary search. */
  readonly cumulative: Float64Array;
  /** First rank of each of BUCKETS equal slices of the cumulative weight: narrows the search to a few ranks. */
  readonly buckets: Uint32Array;
  readonly names: readonly string[];
}

const LEXICON_SIZE = 120_000;
const BUCKETS = 1 << 16;

/** The words of the synthetic language, by frequency rank, and the names. */
export function buildLexicon(random: () => number): Lexicon {
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string): void => {
    if (w.length >= 2 && !seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  };
  FUNCTION_WORDS.forEach(add);
  NEWS_WORDS.forEach(add);
  const names: string[] = [];
  for (const stem of NAME_STEMS) {
    for (const ending of NAME_ENDINGS) {
      if (random() < 0.5) names.push(stem + ending);
    }
  }
  while (words.length < LEXICON_SIZE) {
    const r = random();
    const base = pseudoWord(random);
    if (r < 0.7) add(base);
    else if (r < 0.9) add(base.slice(0, Math.max(3, base.length - 3)) + pick(random, SUFFIXES));
    else if (r < 0.96) add(`${pick(random, PREFIXES)}-${base}`);
    else add(base.slice(0, 4) + pick(random, NEWS_WORDS));
  }
  // Rank-shifted Zipf (Mandelbrot): the head is a little flatter than pure 1/r, like real text.
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) {
    sum += 1 / (r + 2.7) ** 1.05;
    cumulative[r] = sum;
  }
  const buckets = new Uint32Array(BUCKETS + 1);
  for (let b = 0, r = 0; b <= BUCKETS; b++) {
    while (r < words.length - 1 && (cumulative[r] ?? 0) < (b / BUCKETS) * sum) r++;
    buckets[b] = r;
  }
  return { words, cumulative, buckets, names };
}

function sampleWord(random: () => number, lexicon: Lexicon): string {
  const total = lexicon.cumulative[lexicon.cumulative.length - 1] ?? 1;
  const u = random();
  const x = u * total;
  const b = Math.floor(u * BUCKETS);
  let lo = Math.max(0, (lexicon.buckets[b] ?? 1) - 1);
  let hi = lexicon.buckets[b + 1] ?? lexicon.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lexicon.cumulative[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lexicon.words[lo] ?? 'the';
}

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const OUTLETS = [
  'The Astana Times',
  'Kazinform',
  'Steppe Herald',
  'Caspian Daily',
  'Almaty Courier',
  'Eurasia Review Wire',
];
const CITIES = ['ASTANA', 'ALMATY', 'SHYMKENT', 'AKTAU', 'KARAGANDA', 'PAVLODAR', 'TURKISTAN'];
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
];

interface Topic {
  readonly words: readonly string[];
  readonly names: readonly string[];
}

function writeSentence(random: () => number, lexicon: Lexicon, topic: Topic): string {
  const length = 8 + Math.floor(random() * 18);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    const word =
      r < 0.06
        ? pick(random, topic.words)
        : r < 0.085
          ? pick(random, topic.names)
          : sampleWord(random, lexicon);
    words.push(i > 2 && i < length - 2 && random() < 0.05 ? `${word},` : word);
  }
  const sentence = `${capitalize(words.join(' '))}.`;
  return random() < 0.08 ? `“${sentence.slice(0, -1)},” ${pick(random, topic.names)} said.` : sentence;
}

function writeArticle(random: () => number, lexicon: Lexicon, index: number): string {
  const topicWords = Array.from({ length: 3 + Math.floor(random() * 4) }, () => {
    const rank = 300 + Math.floor(random() ** 2 * 40_000);
    return lexicon.words[rank] ?? 'reform';
  });
  const topicNames = Array.from({ length: 2 + Math.floor(random() * 2) }, () => {
    const name = pick(random, lexicon.names);
    // One outlet in five spells the name its own way.
    return random() < 0.2 ? variantSpelling(name) : name;
  });
  const topic: Topic = { words: topicWords, names: topicNames };
  const outlet = pick(random, OUTLETS);
  const year = 2015 + Math.floor(random() * 10);
  const date = `${1 + Math.floor(random() * 28)} ${pick(random, MONTHS)} ${year}`;
  const author = `${pick(random, FIRST_NAMES)} ${pick(random, lexicon.names)}`;

  const title = [
    pick(random, topicNames),
    ...Array.from({ length: 5 + Math.floor(random() * 6) }, () =>
      random() < 0.35 ? pick(random, topicWords) : sampleWord(random, lexicon),
    ),
  ]
    .map(capitalize)
    .join(' ');
  const lines: string[] = [title, '', `By ${author} | ${date}`, ''];
  const targetWords = 400 + Math.floor(random() * 800);
  let words = 0;
  let paragraph = 0;
  while (words < targetWords) {
    if (paragraph > 0 && paragraph % 5 === 0 && random() < 0.7) {
      lines.push(
        Array.from({ length: 3 + Math.floor(random() * 4) }, () => capitalize(pick(random, topicWords))).join(
          ' ',
        ),
        '',
      );
    }
    if (random() < 0.08) {
      lines.push(
        `${capitalize(pick(random, topicNames))} during the ${pick(random, NEWS_WORDS)} meeting. Photo credit: ${outlet}`,
        '',
      );
    }
    const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
      writeSentence(random, lexicon, topic),
    );
    let text = sentences.join(' ');
    if (paragraph === 0) text = `${pick(random, CITIES)} – ${text}`;
    words += text.split(' ').length;
    lines.push(text, '');
    paragraph++;
  }
  lines.push(`Get ${outlet} stories sent directly to you! Article ${index}.`);
  return lines.join('\n');
}

/** `count` articles, the same for the same seed. */
export function generateArticles(count: number, seed: number): TextSource[] {
  const random = createRandom(seed);
  const lexicon = buildLexicon(random);
  const articles: TextSource[] = [];
  for (let i = 0; i < count; i++) {
    articles.push({ origin: `bench:${seed}:${i}`, raw: writeArticle(random, lexicon, i) });
  }
  return articles;
}
