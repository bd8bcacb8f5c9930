import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { applyFontSize } from '../preferences/useAppliedPreferences';
import { roundFraction, scrollFraction, scrollTopFor } from './scrollFraction';
import { throttleTrailing } from './throttle';

/** How often, at most, the reading position is saved while scrolling. */
export const POSITION_SAVE_MS = 500;

interface ReaderPositionOptions {
  /** The article's blocks are in the DOM. */
  readonly ready: boolean;
  /** Fraction to open at (0 for a newly opened article, the saved one at startup). */
  readonly initialFraction: number;
  readonly fontSize: number;
  /** Saves the position; called throttled, and when the page is hidden or closed. */
  readonly onSave: (fraction: number) => void;
  /** The progress bar, scaled to the fraction read (0–1). */
  readonly progress: RefObject<HTMLElement | null>;
}

function measure(): number {
  const page = document.documentElement;
  return scrollFraction(window.scrollY, page.scrollHeight, window.innerHeight);
}

/** The stylesheet drives the bar from the scroll itself where it can (reader.css). */
const CSS_DRIVES_PROGRESS = typeof CSS !== 'undefined' && CSS.supports('animation-timeline: scroll()');

/**
 * Scales the progress bar where the stylesheet cannot. Nothing is written each frame when it can:
 * any style change while scrolling makes Chromium restyle every painted highlight, which with many
 * highlights costs whole frames.
 */
function showProgress(bar: HTMLElement | null, fraction: number): void {
  if (!CSS_DRIVES_PROGRESS) bar?.style.setProperty('--progress', String(fraction));
}

function scrollToFraction(fraction: number): void {
  const page = document.documentElement;
  window.scrollTo(0, scrollTopFor(fraction, page.scrollHeight, window.innerHeight));
}

/**
 * Keeps the window's scroll as a fraction of the article: restores it on open, holds it across a
 * change of text size or window size, shows it as progress and saves it.
 */
export function useReaderPosition({
  ready,
  initialFraction,
  fontSize,
  onSave,
  progress,
}: ReaderPositionOptions): void {
  const fraction = useRef(initialFraction);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });

  // Open at the saved place (before the first paint), and keep the place when the text size changes.
  useLayoutEffect(() => {
    if (!ready) return;
    // Layout effects run child-first: set the size here so the page is measured at the new size.
    applyFontSize(fontSize);
    scrollToFraction(fraction.current);
    showProgress(progress.current, fraction.current);
  }, [ready, fontSize, progress]);

  useEffect(() => {
    if (!ready) return;
    const saveThrottled = throttleTrailing((value: number) => save.current(value), POSITION_SAVE_MS);
    let frame = 0;
    const onScroll = (): void => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const value = measure();
        fraction.current = value;
        showProgress(progress.current, value);
        saveThrottled(roundFraction(value));
      });
    };
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') saveThrottled.flush();
    };
    const onPageHide = (): void => saveThrottled.flush();
    // The page can change height after opening (the previous/next links arrive with the library,
    // the window is resized): keep the same place rather than the same pixel offset.
    const resized = new ResizeObserver(() => scrollToFraction(fraction.current));
    resized.observe(document.body);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', saveThrottled.flush);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      // Leaving the article: where it was no longer matters (the app records the new place).
      saveThrottled.cancel();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', saveThrottled.flush);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [ready, progress]);
}
