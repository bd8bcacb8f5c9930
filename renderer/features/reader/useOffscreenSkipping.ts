import { useEffect, useLayoutEffect } from 'react';

/** Frames to wait, once blocks are laid out at a size, before letting off-screen ones be skipped. */
const SETTLE_FRAMES = 2;

/**
 * Lets Chromium skip the rendering of the article's off-screen blocks (`content-visibility: auto`,
 * reader.css), so a highlight change repaints what is on screen instead of every highlighted
 * paragraph of a long article (paint invalidation over 1,000 highlights cost 10–20 ms a change).
 *
 * Skipping is only switched on once every block has been laid out at the current text size and
 * width and its size remembered (`contain-intrinsic-size: auto`), so the page keeps its exact
 * height: restoring a reading position by fraction lands where it did without skipping. A change of
 * text size or window size turns skipping off first (this effect is declared before the one that
 * restores the position), so the page is measured in full at the new size, then on again.
 */
export function useOffscreenSkipping(body: HTMLElement | null, fontSize: number): void {
  useLayoutEffect(() => {
    if (!body) return;
    return measureThenSkip(body);
  }, [body, fontSize]);

  useEffect(() => {
    if (!body) return;
    let cancel = (): void => undefined;
    let width = window.innerWidth;
    const onResize = (): void => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      cancel();
      cancel = measureThenSkip(body);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      cancel();
    };
  }, [body]);
}

/** Renders every block in full now, and lets off-screen ones be skipped a few frames later. */
function measureThenSkip(body: HTMLElement): () => void {
  body.removeAttribute('data-skip-offscreen');
  let frame = 0;
  let left = SETTLE_FRAMES;
  const tick = (): void => {
    left -= 1;
    if (left > 0) frame = requestAnimationFrame(tick);
    else body.setAttribute('data-skip-offscreen', '');
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
