import { useEffect, useRef } from 'react';
import type { ArticleTextMap } from './domOffsets';
import { characterAtPoint } from './hitTest';

export interface PointerHit {
  /** The character under the pointer, as a canonical offset. */
  readonly offset: number;
  /** The pointer, in viewport coordinates. */
  readonly x: number;
  readonly y: number;
}

interface PointerHitOptions {
  /** Whether an annotation covers the character at `offset` (sets the pointer cursor). */
  readonly isAnnotated: (offset: number) => boolean;
  /** The pointer moved onto another character (or off the text: null). */
  readonly onHover: (hit: PointerHit | null) => void;
  /** A click on a character (not the end of a drag that selected text). */
  readonly onClick: (hit: PointerHit) => void;
}

/**
 * Hit-testing for highlights that have no elements of their own: the character under the pointer
 * comes from the caret position at that point, checked against the character's box.
 */
export function usePointerHits(map: ArticleTextMap | null, options: PointerHitOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!map) return;
    const root = map.root;
    let frame = 0;
    let last: number | null = null;
    let pointer = { x: 0, y: 0 };
    const hitAt = (x: number, y: number): PointerHit | null => {
      const offset = characterAtPoint(map, x, y);
      return offset === null ? null : { offset, x, y };
    };
    const onMove = (event: MouseEvent): void => {
      pointer = { x: event.clientX, y: event.clientY };
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // No hover effects while dragging out a selection.
        const hit = event.buttons === 0 ? hitAt(pointer.x, pointer.y) : null;
        const annotated = hit !== null && latest.current.isAnnotated(hit.offset);
        root.classList.toggle('is-over-highlight', annotated);
        const key = annotated ? hit.offset : null;
        if (key === last) return;
        last = key;
        latest.current.onHover(annotated ? hit : null);
      });
    };
    const onLeave = (): void => {
      cancelAnimationFrame(frame);
      frame = 0;
      last = null;
      root.classList.remove('is-over-highlight');
      latest.current.onHover(null);
    };
    const onClick = (event: MouseEvent): void => {
      if (event.button !== 0) return;
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      const hit = hitAt(event.clientX, event.clientY);
      if (hit) latest.current.onClick(hit);
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    root.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(frame);
      root.classList.remove('is-over-highlight');
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
      root.removeEventListener('click', onClick);
    };
  }, [map]);
}
