/**
 * A q-gram index of a symbol text and the q-gram lemma filter (Jokinen & Ukkonen 1991): a
 * substring within k edits of a pattern of length L keeps at least L - q + 1 - k·q of the
 * pattern's q-grams verbatim, each on a diagonal (text position - pattern offset) within k of
 * the substring's start. Counting hits per band of diagonals rules out most of a text at once.
 */

const MULTIPLIERS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1];

/** Hash of the q symbols at s[p..p+q), or -1 if one is negative (a symbol the text lacks). */
function hashAt(s: ArrayLike<number>, p: number, q: number, shift: number): number {
  let h = 0;
  for (let i = 0; i < q; i++) {
    const symbol = s[p + i] ?? -1;
    if (symbol < 0) return -1;
    h ^= Math.imul(symbol + 1, MULTIPLIERS[i] ?? 1);
  }
  return h >>> shift;
}

/** Positions of each q-gram (hashed; a collision only adds hits) of a symbol text. */
export class QGramIndex {
  private readonly shift: number;
  /** Positions of hash h are positions[offsets[h] .. offsets[h + 1]), ascending. */
  private readonly offsets: Uint32Array;
  private readonly positions: Uint32Array;
  private readonly length: number;

  constructor(
    symbols: Uint32Array,
    readonly q: number,
  ) {
    if (q < 1 || q > MULTIPLIERS.length) throw new RangeError(`q must be 1..${MULTIPLIERS.length}`);
    this.length = symbols.length;
    const bits = Math.min(16, Math.max(8, Math.ceil(Math.log2(symbols.length + 1))));
    this.shift = 32 - bits;
    const grams = Math.max(0, symbols.length - q + 1);
    const hashes = new Uint32Array(grams);
    const offsets = new Uint32Array((1 << bits) + 1);
    for (let p = 0; p < grams; p++) {
      const h = hashAt(symbols, p, q, this.shift);
      hashes[p] = h;
      offsets[h + 1] = (offsets[h + 1] ?? 0) + 1;
    }
    for (let h = 1; h < offsets.length; h++) offsets[h] = (offsets[h] ?? 0) + (offsets[h - 1] ?? 0);
    const fill = offsets.slice(0, -1);
    const positions = new Uint32Array(grams);
    for (let p = 0; p < grams; p++) {
      const h = hashes[p] ?? 0;
      const slot = fill[h] ?? 0;
      fill[h] = slot + 1;
      positions[slot] = p;
    }
    this.offsets = offsets;
    this.positions = positions;
  }

  /** The lemma's minimum count of kept q-grams for a pattern of this length and error budget. */
  threshold(length: number, maxErrors: number): number {
    return length - this.q + 1 - maxErrors * this.q;
  }

  /**
   * Code-point ranges [from, to] where a substring within `maxErrors` of the pattern (symbol
   * ids, negative for symbols the text lacks) may END, merged and ascending; every such
   * substring's end lies in one. Null when the lemma gives no useful bound.
   */
  candidateEnds(pattern: Int32Array, maxErrors: number): [number, number][] | null {
    const q = this.q;
    const L = pattern.length;
    const k = maxErrors;
    const threshold = this.threshold(L, k);
    if (threshold < 2) return null;
    const n = this.length;
    const width = k + 1;
    // Diagonal d = position - offset lies in [-(L - q), n); its bucket is (d + L) / width.
    const votes = new Int32Array(Math.ceil((n + L) / width) + 3);
    for (let i = 0; i + q <= L; i++) {
      const h = hashAt(pattern, i, q, this.shift);
      if (h < 0) continue;
      const end = this.offsets[h + 1] ?? 0;
      for (let e = this.offsets[h] ?? 0; e < end; e++) {
        const bucket = (((this.positions[e] ?? 0) - i + L) / width) | 0;
        votes[bucket] = (votes[bucket] ?? 0) + 1;
      }
    }
    const ranges: [number, number][] = [];
    // A substring starting at s has its kept q-grams on diagonals [s - k, s + k]: three buckets
    // from the one of s - k, which puts s in [v·width - L + k, (v+1)·width - L + k) and its end
    // (s plus L ± k) in [v·width, (v+1)·width + 2k).
    for (let v = 0; v + 2 < votes.length; v++) {
      if ((votes[v] ?? 0) + (votes[v + 1] ?? 0) + (votes[v + 2] ?? 0) < threshold) continue;
      const from = Math.min(n, v * width);
      const to = Math.min(n, (v + 1) * width + 2 * k);
      const last = ranges[ranges.length - 1];
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
      else ranges.push([from, to]);
    }
    return ranges;
  }
}
