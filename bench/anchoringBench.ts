/**
 * Re-anchoring cost: 1,000 annotations described on a generated ~20,000-word article, then
 * re-anchored after the article was edited (paragraphs added and removed, words changed).
 */
import { CodePointIndex, anchorMany, describe } from '../shared/anchoring';
import type { AnchorTarget } from '../shared/anchoring';
import { createRandom } from './corpus';

/** A text change in code points of the original text: delete `deleteCount` at `at`, insert `insert`. */
export interface Splice {
  at: number;
  deleteCount: number;
  insert: string;
}

export interface AnchoringWorkload {
  original: string;
  edited: string;
  splices: Splice[];
  /** Code-point ranges in the original text, one per target. */
  ranges: { start: number; end: number }[];
  targets: AnchorTarget[];
}

const ONSETS = [
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
  'st',
  'tr',
  'ch',
  'sh',
  'th',
  'pl',
  'gr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ng'];
const EXTRAS = ['👍🏽', '🇰🇿', 'café', 'cafe\u0301', 'naïve', '“quoted”', '2023', '—'];

/** items[i], which must exist. */
function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`no item ${i} of ${items.length}`);
  return item;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return at(items, Math.floor(rand() * items.length));
}

/** Pronounceable made-up words, so the text has roughly the letter statistics of prose. */
function vocabulary(rand: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += pick(rand, ONSETS) + pick(rand, VOWELS) + pick(rand, CODAS);
    words.add(w);
  }
  return [...words];
}

/** Words with a skewed (Zipf-like) frequency, so short phrases repeat as in real prose. */
function sentence(rand: () => number, vocab: readonly string[]): string {
  const n = 8 + Math.floor(rand() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    words.push(rand() < 0.01 ? pick(rand, EXTRAS) : at(vocab, Math.floor(vocab.length * rand() ** 3)));
  }
  const first = at(words, 0);
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}${rand() < 0.1 ? ',' : '.'}`;
}

function paragraph(rand: () => number, vocab: readonly string[], words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(rand, vocab);
    sentences.push(s);
    count += s.split(' ').length;
  }
  return sentences.join(' ');
}

/** Applies splices given in original coordinates (non-overlapping). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const index = new CodePointIndex(text);
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    out += index.slice(pos, s.at) + s.insert;
    pos = s.at + s.deleteCount;
  }
  return out + index.slice(pos, index.length);
}

/** A deterministic article, annotations on it, and an edited version of it. */
export function makeAnchoringWorkload(seed = 42, wordCount = 20_000, annotations = 1_000): AnchoringWorkload {
  const rand = createRandom(seed);
  const vocab = vocabulary(rand, 5_000);
  const paragraphs: string[] = [];
  for (let n = 0; n < wordCount;) {
    const p = paragraph(rand, vocab, 40 + Math.floor(rand() * 120));
    paragraphs.push(p);
    n += p.split(' ').length;
  }
  const original = paragraphs.join('\n\n');
  const index = new CodePointIndex(original);

  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (const m of original.matchAll(/\S+/g)) {
    wordStarts.push(index.toCodePoint(m.index));
    wordEnds.push(index.toCodePoint(m.index + m[0].length));
  }
  const ranges: { start: number; end: number }[] = [];
  for (let i = 0; i < annotations; i++) {
    const first = Math.floor(rand() * (wordStarts.length - 40));
    const length = 2 + Math.floor(rand() ** 2 * 38);
    ranges.push({ start: at(wordStarts, first), end: at(wordEnds, first + length - 1) });
  }
  const targets = ranges.map((r) => describe(index, r.start, r.end));

  // Paragraph starts in code points, to insert and delete whole paragraphs.
  const paraStarts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    paraStarts.push(offset);
    offset += new CodePointIndex(p).length + 2;
  }
  const para = (fraction: number): number => Math.floor(paragraphs.length * fraction);
  const splices: Splice[] = [];
  splices.push({
    at: at(paraStarts, para(0.1)),
    deleteCount: 0,
    insert: `${paragraph(rand, vocab, 120)}\n\n`,
  });
  const gone = para(0.4);
  const goneAt = at(paraStarts, gone);
  splices.push({ at: goneAt, deleteCount: at(paraStarts, gone + 1) - goneAt, insert: '' });
  const taken = new Set([para(0.1), gone]);
  for (let i = 0; i < 30; i++) {
    const w = Math.floor(rand() * wordStarts.length);
    const start = at(wordStarts, w);
    const length = at(wordEnds, w) - start;
    const p = paraStarts.findLastIndex((s) => s <= start);
    if (taken.has(p)) continue;
    taken.add(p);
    const edit = rand();
    const word = pick(rand, vocab);
    // Replace a word, insert a sentence, or delete a word and its space.
    if (edit < 0.5) splices.push({ at: start, deleteCount: length, insert: word });
    else if (edit < 0.8) splices.push({ at: start, deleteCount: 0, insert: `${sentence(rand, vocab)} ` });
    else splices.push({ at: start, deleteCount: length + 1, insert: '' });
  }
  return { original, edited: applySplices(original, splices), splices, ranges, targets };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? at(sorted, mid) : (at(sorted, mid - 1) + at(sorted, mid)) / 2;
}

export async function benchAnchoring(): Promise<
  { name: string; value: number; unit: string; target?: string }[]
> {
  const workload = makeAnchoringWorkload();
  anchorMany(workload.edited, workload.targets); // warm-up: let the JIT compile the hot loops
  const times: number[] = [];
  let results: ReturnType<typeof anchorMany> = [];
  for (let run = 0; run < 7; run++) {
    // Let pending work (timers, GC) run between timed runs rather than inside them.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    results = anchorMany(workload.edited, workload.targets);
    times.push(performance.now() - started);
  }
  const orphans = results.filter((r) => r === null).length;
  const moved = results.filter((r) => r?.status === 'moved').length;
  return [
    {
      name: 're-anchor 1,000 annotations, edited 20k-word article',
      value: median(times),
      unit: 'ms',
      target: '≤ 200 ms',
    },
    { name: 're-anchor: moved', value: moved, unit: 'annotations' },
    { name: 're-anchor: orphaned', value: orphans, unit: 'annotations' },
  ];
}
