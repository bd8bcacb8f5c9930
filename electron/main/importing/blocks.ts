import type { BlockDraft, BlockKind } from '../../../shared/model/article';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CAPTIONS = new Set(['figcaption', 'caption']);
/** Elements that end the text before them and start a block of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'caption',
  'ul',
  'center',
]);
const CELLS = new Set(['td', 'th']);

function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (HEADINGS.has(tag)) return 'heading';
  if (CAPTIONS.has(tag)) return 'caption';
  if (tag === 'blockquote') return 'quote';
  return inherited === 'quote' ? 'quote' : 'paragraph';
}

/** One line per `<br>`, inner white space collapsed, never a blank line inside a block. */
function normalize(text: string, preformatted: boolean): string {
  const lines = text
    .split('\n')
    .map((line) => (preformatted ? line.replace(/\s+$/u, '') : line.replace(/\s+/gu, ' ').trim()));
  return lines
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}

type Step =
  | { readonly node: Node; readonly kind: BlockKind; readonly pre: boolean }
  | { readonly close: BlockKind; readonly pre: boolean };

/**
 * Gloss blocks from sanitized HTML, in reading order: h1–h6 → heading, p → paragraph,
 * figcaption → caption, blockquote → quote, list items and other blocks → paragraphs. Only text is
 * taken; no markup survives.
 */
export function blocksFromDom(root: Node): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  let buffer = '';
  const flush = (kind: BlockKind, pre: boolean): void => {
    const text = normalize(buffer, pre);
    buffer = '';
    if (text !== '') blocks.push({ kind, text });
  };
  const stack: Step[] = [];
  const pushChildren = (node: Node, kind: BlockKind, pre: boolean): void => {
    for (let child = node.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, kind, pre });
  };
  pushChildren(root, 'paragraph', false);
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('close' in step) {
      flush(step.close, step.pre);
      continue;
    }
    const { node } = step;
    if (node.nodeType === 3) {
      buffer += step.pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\n/gu, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') {
      buffer += '\n';
      continue;
    }
    if (CELLS.has(tag)) buffer += ' ';
    if (!BLOCKS.has(tag)) {
      pushChildren(node, step.kind, step.pre);
      continue;
    }
    const kind = kindOf(tag, step.kind);
    const pre = step.pre || tag === 'pre';
    flush(step.kind, step.pre);
    stack.push({ close: kind, pre });
    pushChildren(node, kind, pre);
  }
  flush('paragraph', false);
  return blocks;
}
