import { describe, expect, it } from 'vitest';
import { annotationLink, articleLink, glossLinkInArgv, parseGlossLink } from './links';

const ARTICLE = '00000000-0000-4000-8000-000000000001';
const NOTE = '00000000-0000-4000-a000-000000000002';

describe('gloss:// links', () => {
  it('reads back every link the exports write', () => {
    expect(parseGlossLink(articleLink(ARTICLE))).toEqual({ articleId: ARTICLE, annotationId: null });
    expect(parseGlossLink(annotationLink(ARTICLE, NOTE))).toEqual({ articleId: ARTICLE, annotationId: NOTE });
  });

  it.each([
    'https://article/x',
    'gloss://evil.example/x',
    `gloss://article/${ARTICLE}/../../etc`,
    `gloss://article/${ARTICLE}?q=1`,
    `gloss://article/${ARTICLE}#note-${NOTE}`,
    'gloss://article/%2e%2e',
    'gloss://article/a%20b',
    'gloss://article/',
    `gloss://article/${'a'.repeat(600)}`,
    'gloss:javascript:alert(1)',
    'not a url',
  ])('refuses %s', (link) => {
    expect(parseGlossLink(link)).toBeNull();
  });

  it('finds the link among the arguments a second instance was started with', () => {
    const argv = ['/opt/Gloss/gloss', '--no-sandbox', 'gloss://elsewhere/1', annotationLink(ARTICLE, NOTE)];
    expect(glossLinkInArgv(argv)).toEqual({ articleId: ARTICLE, annotationId: NOTE });
    expect(glossLinkInArgv(['/opt/Gloss/gloss', '--flag'])).toBeNull();
  });
});
