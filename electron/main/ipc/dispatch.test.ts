import { describe, expect, it, vi } from 'vitest';
import type { MainHandlers } from '../../../shared/ipc/types';
import { DEFAULT_PREFERENCES } from '../../../shared/model/preferences';
import { GlossError } from '../errors';
import { dispatch } from './dispatch';

function fakeHandlers(overrides: Partial<MainHandlers> = {}): MainHandlers {
  const unused = () => {
    throw new Error('not called in this test');
  };
  return {
    listArticles: (input) => ({ items: [], total: 0, offset: input.offset, limit: input.limit }),
    getArticle: unused,
    getLibraryStats: unused,
    getPreferences: () => DEFAULT_PREFERENCES,
    updatePreferences: unused,
    ...overrides,
  } as MainHandlers;
}

describe('dispatch', () => {
  it('fills defaults and passes the parsed input to the handler', async () => {
    const result = await dispatch(fakeHandlers(), 'listArticles', {});
    expect(result).toEqual({ ok: true, value: { items: [], total: 0, offset: 0, limit: 100 } });
  });

  it.each([
    ['a wrong type', { limit: 'ten' }, /limit/],
    ['an out-of-range number', { limit: 100000 }, /limit/],
    ['an unknown key', { limit: 5, evil: true }, /evil|Unrecognized/i],
    ['a non-object', 'DROP TABLE articles', /Invalid argument/],
    [
      'a prototype-pollution attempt',
      JSON.parse('{"__proto__": {"x": 1}, "limit": 5}') as unknown,
      /Invalid|Unrecognized/i,
    ],
  ])('rejects %s with INVALID_ARGUMENT and never calls the handler', async (_name, input, message) => {
    const listArticles = vi.fn();
    const result = await dispatch(fakeHandlers({ listArticles }), 'listArticles', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ARGUMENT');
    expect(result.error.message).toMatch(message);
    expect(listArticles).not.toHaveBeenCalled();
  });

  it('rejects a malformed article id', async () => {
    const result = await dispatch(fakeHandlers(), 'getArticle', { id: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('refuses unknown methods, including inherited property names', async () => {
    for (const method of ['dropDatabase', 'constructor', '__proto__', 42, null]) {
      const result = await dispatch(fakeHandlers(), method, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('passes a GlossError through as its code and message', async () => {
    const handlers = fakeHandlers({
      getPreferences: () => {
        throw new GlossError('NOT_FOUND', 'No such thing.');
      },
    });
    expect(await dispatch(handlers, 'getPreferences', undefined)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing.' },
    });
  });

  it('hides the details of an unexpected failure and logs them instead', async () => {
    const log = vi.fn();
    const handlers = fakeHandlers({
      getPreferences: () => {
        throw new Error('SQLITE_BUSY at /home/user/secret/path.js:12');
      },
    });
    const result = await dispatch(handlers, 'getPreferences', undefined, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/secret|SQLITE_BUSY/);
    expect(log).toHaveBeenCalledOnce();
  });
});
