import { useCallback, useEffect, useMemo, useRef } from 'react';

export interface Debounced<A extends readonly unknown[]> {
  readonly call: (...args: A) => void;
  /** Runs a pending call now. */
  readonly flush: () => void;
}

/**
 * `fn`, run `delayMs` after the last of a burst of calls with the latest arguments. A pending call
 * is run, not dropped, when the component goes away.
 */
export function useDebouncedCallback<A extends readonly unknown[]>(
  fn: (...args: A) => void,
  delayMs: number,
): Debounced<A> {
  const latest = useRef(fn);
  const pending = useRef<A | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = fn;
  });

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const args = pending.current;
    pending.current = null;
    if (args !== null) latest.current(...args);
  }, []);

  const call = useCallback(
    (...args: A) => {
      pending.current = args;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => flush, [flush]);
  return useMemo(() => ({ call, flush }), [call, flush]);
}
