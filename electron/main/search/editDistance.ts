/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up as soon as it
 * must exceed `max`: returns the distance, or max + 1. Compares UTF-16 units (folded words are almost
 * always BMP). Rows are reused across calls; the main process is single-threaded.
 */
let previous2 = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > current.length) {
    previous2 = new Int32Array(m + 1);
    previous = new Int32Array(m + 1);
    current = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const recycled = previous2;
    previous2 = previous;
    previous = current;
    current = recycled;
  }
  const d = previous[m] ?? max + 1;
  return d > max ? max + 1 : d;
}

/** The typo budget for a word of `length` letters: 0 up to 4, 1 up to 8, 2 beyond. */
export function typoBudget(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}
