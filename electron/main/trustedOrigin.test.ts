import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl } from './trustedOrigin';

describe('isTrustedRendererUrl', () => {
  it.each([
    ['app://gloss/index.html', undefined, true],
    ['app://gloss/', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['https://example.com/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://localhost:5173/', undefined, false],
    ['not a url', undefined, false],
    ['', undefined, false],
  ])('%s (dev server %s) → %s', (url, dev, expected) => {
    expect(isTrustedRendererUrl(url, dev)).toBe(expected);
  });
});
