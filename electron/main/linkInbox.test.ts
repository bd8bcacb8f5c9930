import { describe, expect, it } from 'vitest';
import type { GlossLinkTarget } from '../../shared/export/links';
import { LinkInbox } from './linkInbox';

const link = (articleId: string): GlossLinkTarget => ({ articleId, annotationId: null });

describe('LinkInbox', () => {
  it('keeps the latest link until a window connects, then passes links straight through', () => {
    const inbox = new LinkInbox();
    const seen: GlossLinkTarget[] = [];
    inbox.receive(link('a'));
    inbox.receive(null);
    inbox.receive(link('b'));
    inbox.connect((t) => seen.push(t));
    expect(seen).toEqual([link('b')]);
    inbox.receive(link('c'));
    inbox.disconnect();
    inbox.receive(link('d'));
    expect(seen).toEqual([link('b'), link('c')]);
    inbox.connect((t) => seen.push(t));
    expect(seen.at(-1)).toEqual(link('d'));
  });
});
