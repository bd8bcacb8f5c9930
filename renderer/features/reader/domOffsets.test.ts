// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../shared/anchoring/codePoints';
import { canonicalText, layoutBlocks } from '../../../shared/text/canonical';
import type { BlockDraft } from '../../../shared/model/article';
import { ArticleTextMap } from './domOffsets';

/** Renders blocks as ArticleContent does: a title, then one element per block with data-start. */
function render(drafts: readonly BlockDraft[], split: (text: string) => string[] = (t) => [t]): HTMLElement {
  document.body.replaceChildren();
  const article = document.createElement('article');
  const title = document.createElement('h1');
  title.textContent = 'The title';
  const body = document.createElement('div');
  body.className = 'article__body';
  for (const block of layoutBlocks(drafts)) {
    const element = document.createElement(block.kind === 'heading' ? 'h2' : 'p');
    element.setAttribute('data-block-index', String(block.index));
    element.setAttribute('data-start', String(block.start));
    for (const part of split(block.text)) element.append(document.createTextNode(part));
    body.append(element);
  }
  const after = document.createElement('nav');
  after.textContent = 'Next article';
  article.append(title, body);
  document.body.append(article, after);
  return article;
}

const para = (text: string): BlockDraft => ({ kind: 'paragraph', text });
const BLOCKS = [
  para('The council met on Tuesday.'),
  { kind: 'heading', text: 'Budget 👍🏽 talks' } as BlockDraft,
  para('Critics said the plan would cut funding.'),
];
const TEXT = canonicalText(BLOCKS);
const cp = (s: string): number => Array.from(s).length;
const offsetOfText = (needle: string): number => cp(TEXT.slice(0, TEXT.indexOf(needle)));

function rangeFromOffsets(map: ArticleTextMap, start: number, end: number): Range {
  const range = map.liveRange(start, end);
  if (!range) throw new Error(`no range for [${start}, ${end})`);
  return range;
}

describe('ArticleTextMap', () => {
  let root: HTMLElement;
  let map: ArticleTextMap;
  beforeEach(() => {
    root = render(BLOCKS);
    map = new ArticleTextMap(root);
  });

  it('reads the blocks and the length of the canonical text', () => {
    expect(map.blockCount).toBe(3);
    expect(map.length).toBe(cp(TEXT));
    expect(map.textOf(0, map.length)).toBe(TEXT);
  });

  it('maps a range across a paragraph and a heading to offsets and back', () => {
    const start = offsetOfText('Tuesday');
    const end = offsetOfText('talks') + cp('talks');
    const range = rangeFromOffsets(map, start, end);
    expect(range.toString()).toBe('Tuesday.Budget 👍🏽 talks');
    expect(map.rangeToOffsets(range)).toEqual({ start, end });
    expect(map.textOf(start, end)).toBe('Tuesday.\n\nBudget 👍🏽 talks');
  });

  it('counts an emoji with a skin tone as two code points', () => {
    const start = offsetOfText('👍🏽');
    const range = rangeFromOffsets(map, start, start + 2);
    expect(range.toString()).toBe('👍🏽');
    expect(map.offsetOf(range.endContainer, range.endOffset)).toBe(start + 2);
  });

  it('clips a range that starts in the title to the first block', () => {
    const range = document.createRange();
    const title = root.querySelector('h1')?.firstChild;
    const paragraph = root.querySelector('[data-start="0"]')?.firstChild;
    if (!title || !paragraph) throw new Error('fixture');
    range.setStart(title, 2);
    range.setEnd(paragraph, 11);
    expect(map.rangeToOffsets(range)).toEqual({ start: 0, end: 11 });
  });

  it('clips a range that ends past the body to the last block', () => {
    const range = document.createRange();
    const first = root.querySelector('[data-start]')?.firstChild;
    if (!first) throw new Error('fixture');
    range.setStart(first, 4);
    range.setEnd(document.body, document.body.childNodes.length);
    expect(map.rangeToOffsets(range)).toEqual({ start: 4, end: map.length });
  });

  it('maps element points inside the body to the block that follows', () => {
    const body = root.querySelector('.article__body');
    if (!body) throw new Error('fixture');
    const range = document.createRange();
    range.setStart(body, 1);
    range.setEnd(body, 2);
    const heading = BLOCKS[1]?.text ?? '';
    expect(map.rangeToOffsets(range)).toEqual({
      start: offsetOfText(heading),
      end: offsetOfText(heading) + cp(heading),
    });
  });

  it('returns null for a range in the title only, or of white space only', () => {
    const range = document.createRange();
    const title = root.querySelector('h1');
    if (!title) throw new Error('fixture');
    range.selectNodeContents(title);
    expect(map.rangeToOffsets(range)).toBeNull();
    const end = offsetOfText('Budget');
    expect(map.trim(end - 2, end)).toBeNull();
    expect(map.trim(end - 3, end)).toEqual({ start: end - 3, end: end - 2 });
  });

  it('leaves out white space at the ends of a selection', () => {
    const start = offsetOfText(' met');
    const range = rangeFromOffsets(map, start, start + cp(' met '));
    expect(map.rangeToOffsets(range)).toEqual({ start: start + 1, end: start + 4 });
  });

  it('gives a separator offset to the next block for a start and to the previous for an end', () => {
    const firstEnd = cp(BLOCKS[0]?.text ?? '');
    const start = map.pointAt(firstEnd + 1, 'start');
    const end = map.pointAt(firstEnd + 1, 'end');
    expect(start?.node.parentElement?.getAttribute('data-block-index')).toBe('1');
    expect(start?.offset).toBe(0);
    expect(end?.node.parentElement?.getAttribute('data-block-index')).toBe('0');
    expect(end?.offset).toBe((BLOCKS[0]?.text ?? '').length);
    expect(map.characterRange(firstEnd)).toBeNull();
    expect(map.characterRange(firstEnd - 1)?.toString()).toBe('.');
  });

  it('handles blocks split into several text nodes', () => {
    // Five code points per text node.
    root = render(
      BLOCKS,
      (text) =>
        Array.from(text)
          .join('')
          .match(/(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]){1,5}/gu) ?? [],
    );
    map = new ArticleTextMap(root);
    const start = offsetOfText('said');
    const end = offsetOfText('funding') + cp('funding');
    const range = rangeFromOffsets(map, start, end);
    expect(range.toString()).toBe('said the plan would cut funding');
    expect(map.rangeToOffsets(range)).toEqual({ start, end });
  });

  it('round-trips any range of any text through the DOM', () => {
    const unit = fc.constantFrom('a', 'b', ' ', 'é', 'e\u0301', '👍🏽', '🇰🇿', '中', '.');
    const block = fc.string({ unit, minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (texts, a, b, split) => {
          const drafts = texts.map(para);
          root = render(drafts, split ? (t) => Array.from(t).map(String) : (t) => [t]);
          map = new ArticleTextMap(root);
          const text = canonicalText(drafts);
          const length = cp(text);
          const start = a % length;
          const end = start + 1 + (b % (length - start));
          expect(map.textOf(start, end)).toBe(sliceCodePoints(text, start, end));
          const range = map.liveRange(start, end);
          if (range === null) {
            // Only a range wholly inside a separator has no DOM text.
            expect(sliceCodePoints(text, start, end).replaceAll('\n', '')).toBe('');
            return;
          }
          expect(range.toString()).toBe(sliceCodePoints(text, start, end).replaceAll('\n', ''));
          expect(map.rangeToOffsets(range)).toEqual(map.trim(start, end));
        },
      ),
      { numRuns: 300 },
    );
  });
});
