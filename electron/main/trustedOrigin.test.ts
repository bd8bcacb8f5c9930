import { describe, expect, it } from 'vitest';
import { isExternalLinkAllowed } from './externalLinks';
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

describe('isExternalLinkAllowed', () => {
  it.each([
    ['https://astanatimes.com/x', true],
    ['http://example.com', true],
    ['mailto:someone@example.com', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['data:text/html,<script>alert(1)</script>', false],
    [' javascript:alert(1)', false],
    ['garbage', false],
  ])('%s → %s', (url, expected) => {
    expect(isExternalLinkAllowed(url)).toBe(expected);
  });
});
