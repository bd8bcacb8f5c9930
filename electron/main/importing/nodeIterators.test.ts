import { describe, expect, it } from 'vitest';
import { sharedDom } from './dom';
import { extractHtml } from './extractHtml';
import { liveNodeIteratorCount } from './nodeIterators';

const page = (i: number): string =>
  `<html><body><article><h1>Story ${i}</h1>${'<p>A paragraph long enough to be read as the body of the story, with a few clauses in it.</p>'.repeat(5)}<div class="share" onclick="x()">Share</div></article></body></html>`;

describe('forgetNodeIterators', () => {
  it('leaves no NodeIterator for jsdom to update on the reused import document, page after page', () => {
    for (let i = 0; i < 5; i++) extractHtml(page(i), 'fallback');
    // null would mean jsdom's internals changed shape: imports would slow down page after page again.
    expect(liveNodeIteratorCount(sharedDom().document)).toBe(0);
  });
});
