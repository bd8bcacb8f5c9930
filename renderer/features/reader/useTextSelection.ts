import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleTextMap, TextRange } from './domOffsets';
import { sameBox, toPageBox, type PageBox } from '../annotations/placement';

/** The user's selection in the article, as canonical offsets. */
export interface ArticleSelection extends TextRange {
  readonly text: string;
  /** The selected text's box, for placing the toolbar. */
  readonly box: PageBox;
}

function same(a: ArticleSelection | null, b: ArticleSelection | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end && sameBox(a.box, b.box))
  );
}

/** Reads the document's selection as offsets into the article, or null if it holds none of its text. */
export function readArticleSelection(map: ArticleTextMap): ArticleSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(map.root)) return null;
  const offsets = map.rangeToOffsets(range);
  if (!offsets) return null;
  const rect = map.liveRange(offsets.start, offsets.end)?.getBoundingClientRect();
  if (!rect) return null;
  return { ...offsets, text: map.textOf(offsets.start, offsets.end), box: toPageBox(rect) };
}

export interface TextSelectionState {
  /** The settled selection: null while the mouse is still dragging one out. */
  readonly selection: ArticleSelection | null;
  /** The selection right now, read from the document (for a key pressed before it settled). */
  readonly read: () => ArticleSelection | null;
  readonly clear: () => void;
}

/** Follows the user's text selection in the article. */
export function useTextSelection(map: ArticleTextMap | null): TextSelectionState {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  const dragging = useRef(false);

  const read = useCallback(() => (map ? readArticleSelection(map) : null), [map]);

  useEffect(() => {
    if (!map) return;
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (dragging.current) return;
        const next = readArticleSelection(map);
        setSelection((previous) => (same(previous, next) ? previous : next));
      });
    };
    const onDown = (event: MouseEvent): void => {
      if (event.button === 0) dragging.current = true;
    };
    const onUp = (): void => {
      dragging.current = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('mouseup', onUp);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('mouseup', onUp);
      window.removeEventListener('resize', update);
    };
  }, [map]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection: map ? selection : null, read, clear };
}
