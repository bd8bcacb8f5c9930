/** Height kept clear under the header for the find bar, which floats there. */
const FIND_BAR_ROOM = 64;

function headerBottom(): number {
  return document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
}

/**
 * Brings a box of the article's text into view a third of the way down the screen, at once (a jump to
 * a search result or a find match is a jump, not a journey), unless it is already well in view: clear
 * of the header and the find bar, and above the bottom fifth of the screen, where the eye rarely is.
 */
export function revealRect(rect: DOMRectReadOnly): void {
  const top = headerBottom();
  const inView = rect.top >= top + FIND_BAR_ROOM && rect.bottom <= window.innerHeight * 0.8;
  if (inView) return;
  window.scrollTo({
    top: rect.top + window.scrollY - top - (window.innerHeight - top) / 3,
    behavior: 'instant',
  });
}
