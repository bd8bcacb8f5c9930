import { Alphabet } from './myers';

const SURROGATE = /[\uD800-\uDFFF]/;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Number of entries of a sorted array that are < value. */
function countBelow(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps a text's code-point offsets to UTF-16 indices and back, built once per text.
 * Only surrogate pairs shift the two scales, so the index stores just their positions:
 * an all-BMP text costs one regex test and maps by identity, others map in O(log pairs).
 * A lone surrogate counts as one code point, as in `codePointLength`.
 */
export class CodePointIndex {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index of each surrogate pair's first unit, ascending; null when there are none. */
  private readonly pairsUtf16: Uint32Array | null;
  /** Code-point offset of each surrogate pair, ascending. */
  private readonly pairsCp: Uint32Array | null;
  private encoded: { alphabet: Alphabet; symbols: Uint32Array } | null = null;

  constructor(text: string) {
    this.text = text;
    if (!SURROGATE.test(text)) {
      this.length = text.length;
      this.pairsUtf16 = null;
      this.pairsCp = null;
      return;
    }
    const utf16: number[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        utf16.push(i);
        i++;
      }
    }
    this.pairsUtf16 = Uint32Array.from(utf16);
    this.pairsCp = Uint32Array.from(utf16, (u, k) => u - k);
    this.length = text.length - utf16.length;
  }

  get isBmp(): boolean {
    return this.pairsUtf16 === null;
  }

  /** UTF-16 index of a code-point offset (0..length). */
  toUtf16(cp: number): number {
    return this.pairsCp === null ? cp : cp + countBelow(this.pairsCp, cp);
  }

  /** Code-point offset of a UTF-16 index; an index inside a surrogate pair maps to the pair's start. */
  toCodePoint(utf16: number): number {
    return this.pairsUtf16 === null ? utf16 : utf16 - countBelow(this.pairsUtf16, utf16);
  }

  /** Whether a UTF-16 index falls between code points (not inside a surrogate pair). */
  isBoundary(utf16: number): boolean {
    if (this.pairsUtf16 === null) return true;
    const k = countBelow(this.pairsUtf16, utf16);
    return k === 0 || (this.pairsUtf16[k - 1] ?? -2) + 1 !== utf16;
  }

  /** The text between two code-point offsets, clamped to the text. */
  slice(start: number, end: number): string {
    const s = Math.max(0, Math.min(start, this.length));
    const e = Math.max(s, Math.min(end, this.length));
    return this.text.slice(this.toUtf16(s), this.toUtf16(e));
  }

  /** The text as dense symbol ids, one per code point, and their alphabet (built once, on first use). */
  get symbols(): Uint32Array {
    return this.encode().symbols;
  }

  get alphabet(): Alphabet {
    return this.encode().alphabet;
  }

  private encode(): { alphabet: Alphabet; symbols: Uint32Array } {
    if (!this.encoded) {
      const alphabet = new Alphabet();
      const text = this.text;
      const symbols = new Uint32Array(this.length);
      for (let i = 0, n = 0; i < text.length; i++, n++) {
        const code = text.codePointAt(i) ?? 0;
        if (code > 0xffff) i++;
        symbols[n] = alphabet.id(code);
      }
      this.encoded = { alphabet, symbols };
    }
    return this.encoded;
  }
}

/** A string's code points as an array (lone surrogates kept as themselves). */
export function toCodePoints(text: string): Uint32Array {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (isLow(d)) {
        out[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** The text between two code-point offsets (clamped); builds no index, so for one-off use. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}
