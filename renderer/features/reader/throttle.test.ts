import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleTrailing } from './throttle';

describe('throttleTrailing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns a burst into one call with the latest arguments', () => {
    const fn = vi.fn<(n: number) => void>();
    const save = throttleTrailing(fn, 500);
    save(1);
    save(2);
    save(3);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenLastCalledWith(3);
  });

  it('calls at most once per interval during a steady stream', () => {
    const fn = vi.fn<(n: number) => void>();
    const save = throttleTrailing(fn, 500);
    for (let t = 0; t < 2000; t += 50) {
      save(t);
      vi.advanceTimersByTime(50);
    }
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('flushes a pending call at once, and only once', () => {
    const fn = vi.fn<(n: number) => void>();
    const save = throttleTrailing(fn, 500);
    save(7);
    save.flush();
    expect(fn).toHaveBeenCalledWith(7);
    vi.advanceTimersByTime(1000);
    save.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('drops a pending call on cancel', () => {
    const fn = vi.fn<(n: number) => void>();
    const save = throttleTrailing(fn, 500);
    save(7);
    save.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
