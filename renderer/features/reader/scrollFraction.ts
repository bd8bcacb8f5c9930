/**
 * Where the reader is in an article, as a fraction of the scrollable distance (0 = top, 1 = end),
 * so a position survives a change of window size or font size.
 */

function clamp01(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

/** The fraction scrolled through, given the page's scroll top, its full height and the viewport's. */
export function scrollFraction(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const range = scrollHeight - viewportHeight;
  if (range <= 0) return 0;
  return clamp01(scrollTop / range);
}

/** The scroll top that shows `fraction` of the page, in whole pixels. */
export function scrollTopFor(fraction: number, scrollHeight: number, viewportHeight: number): number {
  const range = Math.max(0, scrollHeight - viewportHeight);
  return Math.round(clamp01(fraction) * range);
}

/** Four decimals are finer than a pixel for any article, and keep saved values from churning. */
export function roundFraction(fraction: number): number {
  return Math.round(clamp01(fraction) * 10_000) / 10_000;
}
