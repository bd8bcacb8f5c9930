/** Where things are on screen in the reader: the text under the header, and the layout in use. */

/** Wide enough for the sidebar to sit in the right margin (matches annotations.css). */
export const WIDE_LAYOUT_QUERY = '(min-width: 75rem)';

export function isWideLayout(): boolean {
  return window.matchMedia(WIDE_LAYOUT_QUERY).matches;
}

function headerBottom(): number {
  return document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
}

/** The first block under `root` still on screen below the sticky header. */
export function firstVisibleBlock(root: Element): Element | null {
  const top = headerBottom() + 4;
  for (const block of root.querySelectorAll('[data-start]')) {
    if (block.getBoundingClientRect().bottom > top) return block;
  }
  return null;
}

/** The canonical offset where the text on screen starts (the first visible block's). */
export function firstVisibleOffset(root: Element): number {
  return Number(firstVisibleBlock(root)?.getAttribute('data-start') ?? 0);
}

/** Scrolls so a box of text sits a third of the way down the screen, unless it is already well in view. */
export function scrollIntoReadingView(rect: DOMRectReadOnly): void {
  const top = headerBottom();
  const inView = rect.top >= top + 16 && rect.bottom <= window.innerHeight - 16;
  if (inView) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({
    top: rect.top + window.scrollY - top - (window.innerHeight - top) / 3,
    behavior: reduce ? 'auto' : 'smooth',
  });
}
