export interface Throttled<A extends readonly unknown[]> {
  /** Records the latest arguments; runs at most once per interval, always with the latest. */
  (...args: A): void;
  /** Runs a pending call now. */
  readonly flush: () => void;
  /** Drops a pending call. */
  readonly cancel: () => void;
}

/**
 * Runs `fn` at the end of each `intervalMs` window in which it was called, with the latest
 * arguments: a steady stream of calls becomes one call per interval, and the last call is never lost.
 */
export function throttleTrailing<A extends readonly unknown[]>(
  fn: (...args: A) => void,
  intervalMs: number,
): Throttled<A> {
  let pending: A | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = (): void => {
    timer = null;
    if (pending === null) return;
    const args = pending;
    pending = null;
    fn(...args);
  };

  const throttled = (...args: A): void => {
    pending = args;
    timer ??= setTimeout(run, intervalMs);
  };
  throttled.flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    run();
  };
  throttled.cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
