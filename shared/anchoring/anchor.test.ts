import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe as group, expect, it } from 'vitest';
import { applySplices, makeAnchoringWorkload } from '../../bench/anchoringBench';
import { MAX_FUZZY_ERROR_RATE, anchor, anchorMany } from './anchor';
import { CodePointIndex, sliceCodePoints } from './codePoints';
import { type Selectors, describe } from './describe';
import type { Anchor, AnchorTarget } from './selectors';

const cp = (text: string): number => Array.from(text).length;
const sliceOf = (text: string, a: Anchor | null): string | null =>
  a ? sliceCodePoints(text, a.start, a.end) : null;

/** Selectors for the first occurrence of `quote` (code points). */
function target(text: string, quote: string, occurrence = 0): Selectors {
  let u = -1;
  for (let i = 0; i <= occurrence; i++) u = text.indexOf(quote, u + 1);
  if (u < 0) throw new Error(`no ${quote} in ${text}`);
  const start = cp(text.slice(0, u));
  return describe(text, start, start + cp(quote));
}

/** Fewest edits from the pattern to any substring of the text, over code points. */
function naiveMinErrors(text: string, pattern: string): number {
  const t = Array.from(text);
  const p = Array.from(pattern);
  let col = p.map((_, i) => i + 1);
  let best = p.length;
  for (const c of t) {
    const next: number[] = [];
    let diag = 0;
    let up = 0;
    for (let i = 0; i < p.length; i++) {
      const above = col[i] ?? 0;
      const v = Math.min(diag + (p[i] === c ? 0 : 1), above + 1, up + 1);
      diag = above;
      next.push(v);
      up = v;
    }
    col = next;
    best = Math.min(best, col[p.length - 1] ?? 0);
  }
  return best;
}

const P1 = 'The council met on Tuesday to debate the new budget for schools.';
const P2 = 'Critics said the plan would cut funding for rural libraries by a third.';
const P3 = 'The mayor promised a final vote before the end of the month.';
const ARTICLE = [P1, P2, P3].join('\n\n');

group('anchor: edge cases', () => {
  it.each([
    ['an empty text', '', target(ARTICLE, 'rural libraries')],
    ['an empty quote', ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }],
  ] as [string, string, AnchorTarget][])('returns null for %s', (_, text, t) => {
    expect(anchor(text, t)).toBeNull();
  });

  it('anchors unchanged text exactly at the stored position', () => {
    const t = target(ARTICLE, 'rural libraries');
    expect(anchor(ARTICLE, t)).toEqual({ start: t.position.start, end: t.position.end, status: 'exact' });
  });

  it.each([
    ['at the very start', 'The council'],
    ['at the very end', 'end of the month.'],
  ])('follows a quote %s through edits around it', (_, quote) => {
    const t = target(ARTICLE, quote);
    const edited = `Breaking: ${ARTICLE} (Updated.)`;
    const a = anchor(edited, t);
    expect(sliceOf(edited, a)).toBe(quote);
    expect(a?.start).toBe(t.position.start + cp('Breaking: '));
    expect(a?.status).toBe('moved');
  });

  it('picks the annotated one of repeated quotes by its context and the position hint', () => {
    const text = 'the vote passed. Later, the vote passed again. Finally the vote passed.';
    const second = target(text, 'the vote passed', 1);
    const edited = `News: ${text}`;
    expect(anchor(edited, second)?.start).toBe(second.position.start + cp('News: '));
    // With the context gone on both sides, the position hint picks the nearest.
    const bare = 'the vote passed the vote passed the vote passed';
    const noContext = { ...second, quote: { ...second.quote, prefix: '', suffix: '' } };
    noContext.position = { type: 'TextPositionSelector', start: 17, end: 32 };
    expect(anchor(bare, noContext)?.start).toBe(16);
  });

  it.each([
    ['a skin-toned emoji', '👍🏽 '],
    ['a flag', '🇰🇿 '],
    ['a combining mark', 'e\u0301 '],
  ])('counts %s inserted before the quote in code points', (_, insert) => {
    const t = target(ARTICLE, 'rural libraries');
    const edited = insert + ARTICLE;
    const a = anchor(edited, t);
    expect(a).toEqual({
      start: t.position.start + cp(insert),
      end: t.position.end + cp(insert),
      status: 'moved',
    });
    expect(sliceOf(edited, a)).toBe('rural libraries');
  });

  it('anchors after emoji and combining marks already in the text', () => {
    const text = `👍🏽🇰🇿 cafe\u0301 ${P2}`;
    const t = target(text, 'rural libraries');
    // 👍 🏽 🇰 🇿 ␠ c a f e ◌́ ␠ = 11 code points before P2.
    expect(t.position.start).toBe(11 + P2.indexOf('rural'));
    expect(anchor(text, t)?.start).toBe(t.position.start);
    const edited = text.replace('cafe\u0301', 'café');
    expect(sliceOf(edited, anchor(edited, t))).toBe('rural libraries');
  });

  it('follows text edited before and after the quote', () => {
    const t = target(ARTICLE, 'cut funding for rural libraries');
    const before = ARTICLE.replace('Tuesday', 'Wednesday evening');
    const after = ARTICLE.replace('final vote', 'vote');
    expect(sliceOf(before, anchor(before, t))).toBe('cut funding for rural libraries');
    expect(anchor(after, t)?.status).toBe('exact');
  });

  it('re-anchors a quote edited inside, as moved, onto the edited text', () => {
    const t = target(ARTICLE, 'would cut funding for rural libraries by a third');
    const edited = ARTICLE.replace('rural libraries', 'rural public libraries');
    const a = anchor(edited, t);
    expect(a?.status).toBe('moved');
    expect(sliceOf(edited, a)).toBe('would cut funding for rural public libraries by a third');
  });

  it('keeps a highlight on its edited passage rather than a verbatim copy elsewhere', () => {
    const quote = 'the plan would cut funding';
    const text = `${P1} ${quote} in the north.\n\n${P2}\n\nAnalysts agree ${quote} soon.`;
    const t = target(text, quote, 0);
    const edited = text.replace('the plan would cut funding in', 'the plan would cut all funding in');
    expect(anchor(edited, t)).toMatchObject({ start: t.position.start, status: 'moved' });
  });

  it('orphans a quote whose whole paragraph was deleted', () => {
    const t = target(ARTICLE, 'cut funding for rural libraries');
    expect(anchor([P1, P3].join('\n\n'), t)).toBeNull();
    const short = target(ARTICLE, 'libraries');
    expect(anchor([P1, P3].join('\n\n'), short)).toBeNull();
  });

  it('anchors a quote spanning the block separator', () => {
    const quote = 'schools.\n\nCritics said';
    const t = target(ARTICLE, quote);
    expect(anchor(ARTICLE, t)?.status).toBe('exact');
    const edited = `Intro.\n\n${ARTICLE}`;
    expect(sliceOf(edited, anchor(edited, t))).toBe(quote);
    // Split into three blocks, the quote is still found with one more separator inside.
    const split = ARTICLE.replace('schools.\n\n', 'schools.\n\nNew paragraph.\n\n');
    expect(anchor(split, t)).toBeNull();
  });

  it.each([
    ['NaN positions', { start: Number.NaN, end: Number.NaN }],
    ['positions out of range', { start: 5_000, end: 6_000 }],
    ['negative positions', { start: -10, end: -2 }],
    ['a reversed range', { start: 30, end: 10 }],
    ['fractional positions', { start: 1.5, end: 7.25 }],
  ])('never throws on %s and falls back to the quote', (_, pos) => {
    const t = target(ARTICLE, 'rural libraries');
    const broken = { ...t, position: { type: 'TextPositionSelector' as const, ...pos } };
    expect(sliceOf(ARTICLE, anchor(ARTICLE, broken))).toBe('rural libraries');
  });

  it('never throws on malformed targets', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      {},
      { quote: null },
      { quote: { exact: 7 } },
      { quote: { exact: 'x', prefix: 3, suffix: null }, position: 'here' },
      { quote: { exact: '\ud800' }, position: { start: 0, end: 1 } },
    ];
    for (const t of junk) expect(() => anchor(ARTICLE, t as AnchorTarget)).not.toThrow();
    expect(() => anchor(null as unknown as string, target(ARTICLE, 'rural'))).not.toThrow();
    expect(anchorMany(ARTICLE, junk as AnchorTarget[])).toHaveLength(junk.length);
    expect(anchorMany(ARTICLE, null as unknown as AnchorTarget[])).toEqual([]);
  });
});

/** A word-based text: words, with sentence ends and block separators. */
const VOCAB = Array.from({ length: 300 }, (_, i) => {
  let w = '';
  for (let n = i * 2654435761; w.length < 3 + (i % 6); n = Math.floor(n / 26) + 7 * w.length + 1) {
    w += String.fromCharCode(97 + (n % 26));
  }
  return w;
});
const token = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 1, arbitrary: fc.constantFrom('👍🏽', '🇰🇿', 'cafe\u0301', 'naïve') },
);
const words = (min: number, max: number) => fc.array(token, { minLength: min, maxLength: max });
const separator = fc.constantFrom(' ', ' ', ' ', ' ', '. ', ', ', '\n\n');
const wordText = (min: number, max: number) =>
  fc
    .tuple(words(min, max), fc.array(separator, { minLength: max, maxLength: max }))
    .map(([ws, seps]) => ws.map((w, i) => w + (i < ws.length - 1 ? (seps[i] ?? ' ') : '')).join(''));

/** Code-point [start, end) of whole words, from word indexes. */
function wordRange(text: string, first: number, count: number): [number, number] | null {
  const index = new CodePointIndex(text);
  const spans = [...text.matchAll(/[^\s.,]+/gu)].map((m) => [
    index.toCodePoint(m.index),
    index.toCodePoint(m.index + m[0].length),
  ]);
  if (spans.length === 0) return null;
  const a = first % spans.length;
  const b = Math.min(spans.length - 1, a + count - 1);
  return [spans[a]?.[0] ?? 0, spans[b]?.[1] ?? 0];
}

group('anchor: properties', () => {
  it('anchors an unchanged text exactly at the described range', () => {
    const anyText = fc.oneof(
      wordText(1, 80),
      fc.string({
        unit: fc.constantFrom('a', 'b', ' ', '\n', 'e\u0301', '👍🏽', '🇰🇿', '\ud800'),
        minLength: 1,
        maxLength: 80,
      }),
    );
    fc.assert(
      fc.property(
        anyText,
        fc.nat(1000),
        fc.nat(1000),
        fc.integer({ min: 0, max: 40 }),
        (text, x, y, context) => {
          const n = cp(text);
          const start = x % n;
          const end = start + 1 + (y % (n - start));
          const t = describe(text, start, end, context);
          expect(anchor(text, t)).toEqual({ start, end, status: 'exact' });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps a highlight on its quote through any edit outside the quote and its context', () => {
    fc.assert(
      fc.property(
        wordText(10, 120),
        fc.nat(1000),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(100_000),
        fc.oneof(
          wordText(1, 15).map((s) => ({ insert: ` ${s} `, deleteCount: 0 })),
          fc.integer({ min: 1, max: 40 }).map((d) => ({ insert: '', deleteCount: d })),
        ),
        (text, first, count, where, edit) => {
          const range = wordRange(text, first, count);
          if (!range) return;
          const [start, end] = range;
          const t = describe(text, start, end);
          const n = cp(text);
          const before = Math.max(0, start - 32);
          const after = Math.min(n, end + 32);
          // Places where the edit leaves the quote and its context alone.
          const spots = before + (n - after) + 1;
          const pick = where % spots;
          const inFront = pick <= before;
          const at = inFront ? pick : after + (pick - before - 1);
          const deleteCount = Math.min(edit.deleteCount, inFront ? before - at : n - at);
          const edited = applySplices(text, [{ at, deleteCount, insert: edit.insert }]);
          const a = anchor(edited, t);
          expect(a).not.toBeNull();
          expect(sliceOf(edited, a)).toBe(t.quote.exact);
          if (edited.indexOf(t.quote.exact) === edited.lastIndexOf(t.quote.exact)) {
            const shift = inFront ? cp(edit.insert) - deleteCount : 0;
            expect(a).toEqual({
              start: start + shift,
              end: end + shift,
              status: shift === 0 ? 'exact' : 'moved',
            });
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('orphans a quote whose text was deleted, never highlighting something else', () => {
    let orphans = 0;
    fc.assert(
      fc.property(wordText(10, 100), fc.nat(1000), fc.integer({ min: 2, max: 10 }), (text, first, count) => {
        const range = wordRange(text, first, count);
        if (!range) return;
        const [start, end] = range;
        const t = describe(text, start, end);
        const edited = applySplices(text, [{ at: start, deleteCount: end - start, insert: '' }]);
        fc.pre(!edited.includes(t.quote.exact));
        const a = anchor(edited, t);
        const limit = Math.floor(cp(t.quote.exact) * MAX_FUZZY_ERROR_RATE);
        if (naiveMinErrors(edited, t.quote.exact) > limit) {
          expect(a).toBeNull();
          orphans++;
        } else if (a) {
          // A look-alike within the error budget may be taken, but only a look-alike.
          expect(naiveMinErrors(sliceOf(edited, a) ?? '', t.quote.exact)).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 300 },
    );
    expect(orphans).toBeGreaterThan(150);
  });
});

group('anchor: seed articles', () => {
  const dir = join(fileURLToPath(new URL('../../seeds/', import.meta.url)));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it.each(files)('re-anchors 20 ranges of %s after a small edit elsewhere', (file) => {
    const text = readFileSync(join(dir, file), 'utf8')
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .join('\n\n');
    const n = cp(text);
    let seed = file.length * 7919;
    const next = (m: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % m;
    };
    const edits = ['(Updated.) ', '', 'x', ' and, reportedly, '];
    for (let i = 0; i < 20; i++) {
      const [start, end] = wordRange(text, next(10_000), 1 + next(20)) ?? [0, 1];
      const t = describe(text, start, end);
      // An edit at least 40 code points away from the quote, before or after it.
      const beforeRoom = Math.max(0, start - 40);
      const afterRoom = Math.max(0, n - end - 40);
      const pick = next(beforeRoom + afterRoom + 1);
      const at = pick < beforeRoom ? pick : Math.min(n, end + 40 + (pick - beforeRoom));
      const insert = edits[i % edits.length] ?? '';
      const deleteCount = insert === '' ? Math.min(5, at < start ? start - 40 - at : n - at) : 0;
      const edited = applySplices(text, [{ at, deleteCount: Math.max(0, deleteCount), insert }]);
      const a = anchor(edited, t);
      expect(sliceOf(edited, a), `${file} range ${start}-${end}`).toBe(t.quote.exact);
      const whole = t.quote.prefix + t.quote.exact + t.quote.suffix;
      if (edited.indexOf(whole) === edited.lastIndexOf(whole)) {
        const shift = at < start ? cp(insert) - Math.max(0, deleteCount) : 0;
        expect(a?.start).toBe(start + shift);
      }
    }
  });
});

group('anchorMany on a 20,000-word article', () => {
  it('re-anchors 1,000 annotations after edits: untouched ones exactly, deleted ones never elsewhere', () => {
    const w = makeAnchoringWorkload();
    const results = anchorMany(w.edited, w.targets);
    expect(results).toHaveLength(1000);
    const index = new CodePointIndex(w.edited);
    const counts = { untouched: 0, contextEdited: 0, quoteEdited: 0, quoteEditedAnchored: 0, deleted: 0 };
    const touches = (from: number, to: number) =>
      w.splices.filter((s) =>
        s.deleteCount === 0 ? s.at > from && s.at < to : s.at < to && s.at + s.deleteCount > from,
      );
    w.ranges.forEach((r, i) => {
      const t = w.targets[i];
      if (!t) throw new Error('a target per range');
      const a = results[i] ?? null;
      const aroundQuote = touches(r.start - cp(t.quote.prefix), r.end + cp(t.quote.suffix));
      const inQuote = touches(r.start, r.end);
      // Shift of the quote's start by the splices wholly before it.
      const shift = w.splices
        .filter((s) => s.at + s.deleteCount <= r.start && !inQuote.includes(s))
        .reduce((sum, s) => sum + cp(s.insert) - s.deleteCount, 0);
      if (aroundQuote.length === 0) {
        counts.untouched++;
        expect(a).toEqual({
          start: r.start + shift,
          end: r.end + shift,
          status: shift === 0 ? 'exact' : 'moved',
        });
      } else if (inQuote.some((s) => s.insert === '' && s.at <= r.start && s.at + s.deleteCount >= r.end)) {
        counts.deleted++;
        expect(a).toBeNull();
      } else if (inQuote.length === 0) {
        counts.contextEdited++;
        expect(a?.start).toBe(r.start + shift);
        expect(a && index.slice(a.start, a.end)).toBe(t.quote.exact);
      } else {
        counts.quoteEdited++;
        if (a) {
          counts.quoteEditedAnchored++;
          expect(a.status).toBe('moved');
          expect(a.start).toBeLessThan(r.end + shift + 300);
          expect(a.end).toBeGreaterThan(r.start + shift);
        }
      }
    });
    expect(counts.untouched).toBeGreaterThan(900);
    expect(counts.deleted).toBeGreaterThan(5);
    expect(counts.contextEdited).toBeGreaterThan(5);
    expect(counts.quoteEditedAnchored).toBeGreaterThan(5);
  });
});
