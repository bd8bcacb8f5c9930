/**
 * Myers' bit-parallel edit distance (J. ACM 46(3), 1999), with the pattern cut into 32-bit
 * blocks and Ukkonen's cut-off so a scan only computes the blocks that can still be within
 * `maxErrors` (the scheme `approx-string-match` uses). Texts are scanned as dense symbol ids
 * (see `Alphabet`), so a pattern's masks are one flat table.
 */

const W = 32;
const ALL_ONES = -1;

/** Numbers a text's distinct code points 0, 1, 2, … */
export class Alphabet {
  /** Ids of BMP code points (-1: none), the common case, looked up without hashing. */
  private readonly bmp = new Int32Array(0x10000).fill(-1);
  private readonly astral = new Map<number, number>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The symbol id of a code point, or -1 when the encoded texts never contain it. */
  find(code: number): number {
    return code < 0x10000 ? (this.bmp[code] ?? -1) : (this.astral.get(code) ?? -1);
  }

  /** The symbol id of a code point, numbering it if new. */
  id(code: number): number {
    if (code < 0x10000) {
      const id = this.bmp[code] ?? -1;
      if (id >= 0) return id;
      this.bmp[code] = this.count;
    } else {
      const id = this.astral.get(code);
      if (id !== undefined) return id;
      this.astral.set(code, this.count);
    }
    return this.count++;
  }

  /** Symbol ids of the code points, numbering new ones. */
  encode(codes: ArrayLike<number>): Uint32Array {
    const out = new Uint32Array(codes.length);
    for (let i = 0; i < codes.length; i++) out[i] = this.id(codes[i] ?? 0);
    return out;
  }
}

/** A pattern's match masks: bit r of block b is set where pattern[b*32+r] is the symbol. */
export class Pattern {
  readonly length: number;
  readonly blocks: number;
  /** Masks of symbol s, block b, at s * blocks + b; the alphabet must not grow afterwards. */
  readonly peq: Int32Array;
  /** Per block, the bit of its last pattern row. */
  readonly lastRowMask: Int32Array;

  constructor(codes: ArrayLike<number>, alphabet: Alphabet) {
    this.length = codes.length;
    this.blocks = Math.max(1, Math.ceil(codes.length / W));
    this.peq = new Int32Array(Math.max(1, alphabet.size) * this.blocks);
    this.lastRowMask = new Int32Array(this.blocks).fill(1 << 31);
    this.lastRowMask[this.blocks - 1] = 1 << ((Math.max(1, codes.length) - 1) % W);
    for (let i = 0; i < codes.length; i++) {
      const id = alphabet.find(codes[i] ?? -1);
      if (id < 0) continue;
      const at = id * this.blocks + ((i / W) | 0);
      this.peq[at] = (this.peq[at] ?? 0) | (1 << (i % W));
    }
  }
}

/**
 * Advances block `b` by one text symbol whose masks are `eqIn`, given the horizontal delta
 * `hIn` (-1, 0, 1) entering the block's top; returns the delta leaving its bottom.
 */
function advance(P: Int32Array, M: Int32Array, b: number, eqIn: number, hIn: number, last: number): number {
  const pV = P[b] ?? 0;
  const mV = M[b] ?? 0;
  const hInNeg = hIn >>> 31;
  const eq = eqIn | hInNeg;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = ((pH & last) !== 0 ? 1 : 0) - ((mH & last) !== 0 ? 1 : 0);
  pH = (pH << 1) | (hIn > 0 ? 1 : 0);
  mH = (mH << 1) | hInNeg;
  P[b] = mH | ~(xV | pH);
  M[b] = pH & xV;
  return hOut;
}

/** Candidate match ends of a semi-global scan: parallel arrays, ascending ends. */
export interface MatchEnds {
  ends: number[];
  errors: number[];
}

/** Error counts above maxErrors, treated as infinite. */
const NONE = 0x7fffffff;

/** Reports end j if its errors are within k and no more than at j - 1 and j + 1. */
class EndReporter {
  readonly out: MatchEnds = { ends: [], errors: [] };
  private before = NONE;
  private current = NONE;

  constructor(
    private readonly reportFrom: number,
    private readonly reportTo: number,
  ) {}

  /** Takes the errors at end j + 1 (NONE if above k), judging end j. */
  push(j: number, next: number): void {
    const current = this.current;
    if (
      current !== NONE &&
      current <= this.before &&
      current <= next &&
      j >= this.reportFrom &&
      j <= this.reportTo
    ) {
      this.out.ends.push(j);
      this.out.errors.push(current);
    }
    this.before = current;
    this.current = next;
  }
}

/** The one-block case (patterns up to 32 symbols), with the column kept in locals. */
function scanOneBlock(
  text: Uint32Array,
  from: number,
  to: number,
  pat: Pattern,
  k: number,
  report: EndReporter,
): void {
  const peq = pat.peq;
  const last = pat.lastRowMask[0] ?? 0;
  let pV = ALL_ONES;
  let mV = 0;
  let score = pat.length;
  for (let j = from; j < to; j++) {
    const eq = peq[text[j] ?? 0] ?? 0;
    const xV = eq | mV;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    if ((pH & last) !== 0) score++;
    else if ((mH & last) !== 0) score--;
    pH <<= 1;
    mH <<= 1;
    pV = mH | ~(xV | pH);
    mV = pH & xV;
    if (score <= k) report.push(j, score);
    else report.push(j, NONE);
  }
}

/** Several blocks; block 0, always computed, is kept in locals, the others in arrays. */
function scanBlocks(
  text: Uint32Array,
  from: number,
  to: number,
  pat: Pattern,
  k: number,
  report: EndReporter,
): void {
  const m = pat.length;
  const blocks = pat.blocks;
  const bMax = blocks - 1;
  const peq = pat.peq;
  const last = pat.lastRowMask;
  const P = new Int32Array(blocks);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  let p0 = ALL_ONES;
  let m0 = 0;
  let s0 = W;
  let y = Math.max(0, Math.ceil(k / W) - 1);
  for (let b = 1; b <= y; b++) {
    score[b] = (b + 1) * W;
    P[b] = ALL_ONES;
  }
  score[bMax] = m;
  const lastBlockRows = m % W === 0 ? W : m % W;
  for (let j = from; j < to; j++) {
    const row = (text[j] ?? 0) * blocks;
    const eq = peq[row] ?? 0;
    const xV = eq | m0;
    const xH = (((eq & p0) + p0) ^ p0) | eq;
    let pH = m0 | ~(xH | p0);
    let mH = p0 & xH;
    let carry = (pH >>> 31) - (mH >>> 31);
    pH <<= 1;
    mH <<= 1;
    p0 = mH | ~(xV | pH);
    m0 = pH & xV;
    s0 += carry;
    for (let b = 1; b <= y; b++) {
      carry = advance(P, M, b, peq[row + b] ?? 0, carry, last[b] ?? 0);
      score[b] = (score[b] ?? 0) + carry;
    }
    const sy = y === 0 ? s0 : (score[y] ?? 0);
    if (sy - carry <= k && y < bMax && (((peq[row + y + 1] ?? 0) & 1) !== 0 || carry < 0)) {
      y++;
      P[y] = ALL_ONES;
      M[y] = 0;
      const rows = y === bMax ? lastBlockRows : W;
      score[y] = sy + rows - carry + advance(P, M, y, peq[row + y] ?? 0, carry, last[y] ?? 0);
    } else {
      while (y > 0 && (score[y] ?? 0) >= k + W) y--;
    }
    const bottom = score[bMax] ?? NONE;
    report.push(j, y === bMax && bottom <= k ? bottom : NONE);
  }
}

/**
 * Scans symbols text[from, to) for substrings within `maxErrors` edits of the pattern and
 * reports every end whose error count is no more than at the ends either side (so a match and a
 * better one farther on both survive for scoring). Only ends in [reportFrom, reportTo] are
 * reported; the end `to` is judged as if the text stopped there.
 */
export function findMatchEnds(
  text: Uint32Array,
  from: number,
  to: number,
  pat: Pattern,
  maxErrors: number,
  reportFrom = from,
  reportTo = to,
): MatchEnds {
  const report = new EndReporter(reportFrom, reportTo);
  if (pat.length === 0 || to <= from) return report.out;
  const k = Math.max(0, Math.min(maxErrors, pat.length - 1));
  if (pat.blocks === 1) scanOneBlock(text, from, to, pat, k, report);
  else scanBlocks(text, from, to, pat, k, report);
  report.push(to, NONE);
  return report.out;
}

/**
 * For a match ending at `end` with `errors` edits, the start that gives the longest substring
 * text[start, end) within `errors` edits of the pattern; `reversed` is the pattern reversed.
 * Runs a global (not semi-global) alignment leftwards from `end`.
 */
export function findMatchStart(text: Uint32Array, end: number, reversed: Pattern, errors: number): number {
  const m = reversed.length;
  const lo = Math.max(0, end - m - errors);
  const blocks = reversed.blocks;
  const peq = reversed.peq;
  const last = reversed.lastRowMask;
  const P = new Int32Array(blocks).fill(ALL_ONES);
  const M = new Int32Array(blocks);
  let dist = m;
  let best = end;
  let bestDist = dist;
  for (let i = end - 1; i >= lo; i--) {
    const row = (text[i] ?? 0) * blocks;
    let carry = 1;
    for (let b = 0; b < blocks; b++) carry = advance(P, M, b, peq[row + b] ?? 0, carry, last[b] ?? 0);
    dist += carry;
    if (dist <= bestDist) {
      bestDist = dist;
      best = i;
    }
  }
  return best;
}

/** Fewest edits turning the pattern into some substring of text[from, to) (the pattern length if empty). */
export function minErrors(text: Uint32Array, from: number, to: number, pat: Pattern): number {
  const blocks = pat.blocks;
  const peq = pat.peq;
  const last = pat.lastRowMask;
  const P = new Int32Array(blocks).fill(ALL_ONES);
  const M = new Int32Array(blocks);
  let dist = pat.length;
  let best = dist;
  for (let j = from; j < to && best > 0; j++) {
    const row = (text[j] ?? 0) * blocks;
    let carry = 0;
    for (let b = 0; b < blocks; b++) carry = advance(P, M, b, peq[row + b] ?? 0, carry, last[b] ?? 0);
    dist += carry;
    if (dist < best) best = dist;
  }
  return best;
}
