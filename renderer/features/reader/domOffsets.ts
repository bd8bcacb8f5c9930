import { CodePointIndex, sliceCodePoints } from '../../../shared/anchoring/codePoints';
import { BLOCK_SEPARATOR } from '../../../shared/text/canonical';

/**
 * The one place that converts between DOM positions and offsets in an article's canonical text
 * (code points, blocks joined by BLOCK_SEPARATOR). It reads only the rendered blocks: each block
 * element carries `data-start`, its offset in the canonical text, and holds its text as text nodes.
 * Pure given the root element; nothing here paints or listens.
 */

/** A DOM boundary point: a text node and a UTF-16 index into it (or an element and a child index). */
export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

/** Offsets in the canonical text, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

interface TextSpan {
  readonly node: Text;
  /** Offset of the node's first code point in the canonical text. */
  readonly start: number;
  readonly end: number;
  readonly index: CodePointIndex;
}

interface BlockEntry {
  readonly element: Element;
  readonly start: number;
  readonly end: number;
  readonly spans: readonly TextSpan[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SHOW_TEXT = 0x4;

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function readBlock(element: Element): BlockEntry | null {
  const start = Number(element.getAttribute('data-start'));
  if (!Number.isInteger(start) || start < 0) return null;
  const spans: TextSpan[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let at = start;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!isText(node)) continue;
    const index = new CodePointIndex(node.data);
    spans.push({ node, start: at, end: at + index.length, index });
    at += index.length;
  }
  return { element, start, end: at, spans };
}

/** Index of the last entry whose start is ≤ offset, or -1. */
function lastStartingAtOrBefore(entries: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid]?.start ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The blocks under `root` and their text, read once. Rebuild it when the blocks re-render
 * (the reader builds one per opened article).
 */
export class ArticleTextMap {
  private readonly blocks: readonly BlockEntry[];
  private readonly byElement: ReadonlyMap<Element, BlockEntry>;
  readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    const blocks: BlockEntry[] = [];
    for (const element of root.querySelectorAll('[data-start]')) {
      const entry = readBlock(element);
      if (entry) blocks.push(entry);
    }
    blocks.sort((a, b) => a.start - b.start);
    this.blocks = blocks;
    this.byElement = new Map(blocks.map((b) => [b.element, b]));
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  /** Each block's element and the span of canonical text it holds, in text order. */
  get blockSpans(): readonly { readonly element: Element; readonly start: number; readonly end: number }[] {
    return this.blocks;
  }

  /** End of the canonical text (the last block's end). */
  get length(): number {
    return this.blocks.at(-1)?.end ?? 0;
  }

  /**
   * The DOM point at a canonical offset. An offset between blocks (in the separator) belongs to the
   * next block when it starts a range (`'start'`), to the previous one when it ends a range (`'end'`).
   */
  pointAt(offset: number, affinity: 'start' | 'end'): DomPoint | null {
    if (this.blocks.length === 0) return null;
    let i = lastStartingAtOrBefore(this.blocks, offset);
    if (i < 0) i = 0;
    let block = this.blocks[i];
    if (!block) return null;
    if (offset > block.end) {
      const next = this.blocks[i + 1];
      if (affinity === 'start' && next) {
        block = next;
        offset = next.start;
      } else {
        offset = block.end;
      }
    }
    offset = Math.max(block.start, offset);
    const spans = block.spans;
    if (spans.length === 0) return { node: block.element, offset: 0 };
    // At a boundary between two text nodes, a start belongs to the later one, an end to the earlier.
    let s = lastStartingAtOrBefore(spans, affinity === 'end' ? offset - 1 : offset);
    if (s < 0) s = 0;
    const span = spans[s];
    if (!span) return null;
    const local = Math.min(span.end, Math.max(span.start, offset)) - span.start;
    return { node: span.node, offset: span.index.toUtf16(local) };
  }

  /** A range over [start, end) for painting; null when it covers no text. */
  staticRange(start: number, end: number): StaticRange | null {
    if (end <= start) return null;
    const from = this.pointAt(start, 'start');
    const to = this.pointAt(end, 'end');
    if (!from || !to) return null;
    if (from.node === to.node && from.offset >= to.offset) return null;
    return new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }

  /** A live range over [start, end), for measuring (client rects) and selecting. */
  liveRange(start: number, end: number): Range | null {
    const fixed = this.staticRange(start, end);
    if (!fixed) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(fixed.startContainer, fixed.startOffset);
    range.setEnd(fixed.endContainer, fixed.endOffset);
    return range;
  }

  /** The range of the single code point at `offset`, or null in a separator or past the end. */
  characterRange(offset: number): Range | null {
    const i = lastStartingAtOrBefore(this.blocks, offset);
    const block = this.blocks[i];
    if (!block || offset >= block.end) return null;
    return this.liveRange(offset, offset + 1);
  }

  /** The canonical offset of a DOM point inside a block, or null when the point is in no block. */
  offsetOf(node: Node, offset: number): number | null {
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    const blockElement = element?.closest('[data-start]');
    const block = blockElement ? this.byElement.get(blockElement) : undefined;
    if (!block) return null;
    if (isText(node)) {
      const span = block.spans.find((s) => s.node === node);
      if (span) return span.start + span.index.toCodePoint(Math.min(offset, node.data.length));
    }
    // An element point: before its child at `offset`. The first text at or after it tells where.
    const probe = node.ownerDocument?.createRange();
    if (!probe) return null;
    probe.setStart(node, Math.min(offset, isText(node) ? node.data.length : node.childNodes.length));
    // A text node lies wholly before or after an element point.
    const after = block.spans.find((s) => probe.comparePoint(s.node, 0) >= 0);
    return after ? after.start : block.end;
  }

  /**
   * The canonical offsets a DOM range covers, clipped to the blocks: a range that starts in the
   * title starts at the first block, one that ends past the body ends at the last block it covers.
   * Leading and trailing white space is left out. Null when no text is covered.
   */
  rangeToOffsets(range: AbstractRange): TextRange | null {
    const start =
      this.offsetOf(range.startContainer, range.startOffset) ??
      this.firstBlockAfter(range.startContainer, range.startOffset)?.start ??
      null;
    const end =
      this.offsetOf(range.endContainer, range.endOffset) ??
      this.lastBlockBefore(range.endContainer, range.endOffset)?.end ??
      null;
    if (start === null || end === null || end <= start) return null;
    return this.trim(start, end);
  }

  /** The canonical text of [start, end), separators included. */
  textOf(start: number, end: number): string {
    const parts: string[] = [];
    for (let i = Math.max(0, lastStartingAtOrBefore(this.blocks, start)); i < this.blocks.length; i++) {
      const block = this.blocks[i];
      if (!block || block.start >= end) break;
      for (const span of block.spans) {
        if (span.end <= start || span.start >= end) continue;
        parts.push(
          span.index.slice(Math.max(start, span.start) - span.start, Math.min(end, span.end) - span.start),
        );
      }
      // The separator after the block, as far as the range covers it.
      const next = this.blocks[i + 1];
      const from = Math.max(start, block.end);
      const to = Math.min(end, next ? next.start : block.end);
      if (to > from) parts.push(sliceCodePoints(BLOCK_SEPARATOR, from - block.end, to - block.end));
    }
    return parts.join('');
  }

  /** [start, end) without the white space at either end; null if nothing else is left. */
  trim(start: number, end: number): TextRange | null {
    const text = this.textOf(start, end);
    const index = new CodePointIndex(text);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (lead === text.length) return null;
    return {
      start: start + index.toCodePoint(lead),
      end: start + index.toCodePoint(text.length - trail),
    };
  }

  private firstBlockAfter(node: Node, offset: number): BlockEntry | null {
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(node, offset);
    // Blocks are in document order: binary search for the first one starting after the point.
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const element = this.blocks[mid]?.element;
      if (element && probe.comparePoint(element, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return this.blocks[lo] ?? null;
  }

  private lastBlockBefore(node: Node, offset: number): BlockEntry | null {
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(node, offset);
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const element = this.blocks[mid]?.element;
      if (element && probe.comparePoint(element, element.childNodes.length) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return this.blocks[lo - 1] ?? null;
  }
}
