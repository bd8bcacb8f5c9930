import type { ArticleTextMap, DomPoint } from './domOffsets';

/** The caret position under a point of the viewport (standard API first, WebKit's as a fallback). */
function caretAt(doc: Document, x: number, y: number): DomPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- older engines only have this one
  const range = doc.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The canonical offset of the character under a viewport point, or null over blank space, between
 * lines or outside the article's blocks. The caret lands between two characters; the one whose box
 * holds the point is the one under it.
 */
export function characterAtPoint(map: ArticleTextMap, x: number, y: number): number | null {
  const caret = caretAt(map.root.ownerDocument, x, y);
  if (!caret) return null;
  const offset = map.offsetOf(caret.node, caret.offset);
  if (offset === null) return null;
  for (const candidate of [offset, offset - 1]) {
    const range = candidate < 0 ? null : map.characterRange(candidate);
    if (range && contains(range.getClientRects(), x, y)) return candidate;
  }
  return null;
}
