import { describe, expect, it } from 'vitest';
import { contentHash } from './contentHash';

describe('contentHash', () => {
  it('is the sha256 hex of the raw text', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('sees any change in the raw text, whitespace included', () => {
    expect(contentHash('Title\n\nBody.')).not.toBe(contentHash('Title\r\n\r\nBody.'));
    expect(contentHash('café')).toMatch(/^[0-9a-f]{64}$/);
  });
});
