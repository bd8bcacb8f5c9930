import { useLayoutEffect, type RefObject } from 'react';

/** A box in page coordinates (the viewport's plus the scroll), so it stays put as the page scrolls. */
export interface PageBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function toPageBox(rect: DOMRectReadOnly): PageBox {
  return {
    top: rect.top + window.scrollY,
    left: rect.left + window.scrollX,
    bottom: rect.bottom + window.scrollY,
    right: rect.right + window.scrollX,
  };
}

export function sameBox(a: PageBox | null, b: PageBox | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.top === b.top &&
      a.left === b.left &&
      a.bottom === b.bottom &&
      a.right === b.right)
  );
}

const GAP = 10;
const MARGIN = 8;

/** Where a floating element of `size` goes next to `anchor`: above or below it, centred, on screen. */
export function place(
  anchor: PageBox,
  size: { readonly width: number; readonly height: number },
  prefer: 'above' | 'below',
  viewport: {
    readonly width: number;
    readonly height: number;
    readonly scrollY: number;
    readonly headerBottom: number;
  },
): { readonly top: number; readonly left: number; readonly side: 'above' | 'below' } {
  const needed = size.height + GAP + MARGIN;
  const roomAbove = anchor.top - viewport.scrollY - viewport.headerBottom;
  const roomBelow = viewport.scrollY + viewport.height - anchor.bottom;
  // The preferred side if it fits on screen, else the other if that fits, else the roomier one.
  const fits = (side: 'above' | 'below'): boolean => (side === 'above' ? roomAbove : roomBelow) >= needed;
  const other = prefer === 'above' ? 'below' : 'above';
  const side = fits(prefer) ? prefer : fits(other) ? other : roomAbove > roomBelow ? 'above' : 'below';
  const top = side === 'above' ? anchor.top - size.height - GAP : anchor.bottom + GAP;
  const centre = (anchor.left + anchor.right) / 2;
  const left = Math.max(MARGIN, Math.min(centre - size.width / 2, viewport.width - size.width - MARGIN));
  return { top: Math.round(top), left: Math.round(left), side };
}

/**
 * Positions an absolutely placed element next to `anchor` (page coordinates) through CSSOM, which
 * the CSP allows (style attributes it does not).
 */
export function usePlacement(
  ref: RefObject<HTMLElement | null>,
  anchor: PageBox | null,
  prefer: 'above' | 'below',
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !anchor) return;
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const spot = place(anchor, { width: element.offsetWidth, height: element.offsetHeight }, prefer, {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
      scrollY: window.scrollY,
      headerBottom: header,
    });
    element.style.setProperty('top', `${spot.top}px`);
    element.style.setProperty('left', `${spot.left}px`);
    element.dataset.side = spot.side;
  });
}
