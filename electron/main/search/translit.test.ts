import { describe, expect, it } from 'vitest';
import { translitKey } from './translit';

describe('translitKey', () => {
  it.each([
    ['majilis', 'mazhilis'],
    ['tokaev', 'tokayev'],
    ['tokaiev', 'tokayev'],
    ['kasym', 'kassym'],
    ['aliev', 'aliyev'],
    ['erbolat', 'yerbolat'],
    ['jenis', 'zhenis'],
    ['alihan', 'alikhan'],
    ['maria', 'mariya'],
    ['dmitri', 'dmitriy'],
    ['kazakstan', 'qazaqstan'],
  ])('gives %s and %s one key', (a, b) => {
    expect(translitKey(a)).toBe(translitKey(b));
  });

  it.each([
    ['senate', 'sonata'],
    ['parliament', 'president'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(translitKey(a)).not.toBe(translitKey(b));
  });
});
