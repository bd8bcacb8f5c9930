import { useEffect } from 'react';
import { isEditable } from '../keyboard/useShortcuts';
import type { ArticleTextMap } from './domOffsets';
import { firstVisibleBlock } from './viewport';

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

const MOVES: Readonly<Record<string, readonly [Direction, Granularity]>> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/**
 * Shift+arrows (Ctrl for words) select text with the keyboard. Browsers cannot start a selection in
 * text that is not editable, and extend one only while the focus is in it; so in the article this
 * does it: from the caret, or from the first line on screen when there is none.
 */
export function useKeyboardSelection(map: ArticleTextMap | null): void {
  useEffect(() => {
    if (!map) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      const move = MOVES[event.key];
      if (!move || !event.shiftKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (isEditable(event.target)) return;
      const selection = window.getSelection();
      if (!selection) return;
      const inArticle = selection.anchorNode !== null && map.root.contains(selection.anchorNode);
      // A selection elsewhere (a note in the sidebar) is the browser's to extend.
      if (!inArticle && !selection.isCollapsed) return;
      if (!inArticle) {
        const block = firstVisibleBlock(map.root);
        if (!block) return;
        selection.collapse(block.firstChild ?? block, 0);
      }
      const [direction, granularity] = move;
      selection.modify(
        'extend',
        direction,
        event.ctrlKey && granularity === 'character' ? 'word' : granularity,
      );
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [map]);
}
