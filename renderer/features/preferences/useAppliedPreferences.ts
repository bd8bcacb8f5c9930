import { useEffect, useLayoutEffect, useState } from 'react';
import type { ThemePreference } from '../../../shared/model/preferences';
import { resolveTheme, type ResolvedTheme } from './theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function useSystemPrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (): void => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** Sets the root's `data-theme` (light/dark, what the CSS keys on) and follows the system when asked to. */
export function useAppliedTheme(preference: ThemePreference): ResolvedTheme {
  const resolved = resolveTheme(preference, useSystemPrefersDark());
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolved;
    root.dataset.themePreference = preference;
  }, [resolved, preference]);
  return resolved;
}

/** The reading size lives in one CSS variable on the root, set through the CSSOM (which the CSP allows). */
export function applyFontSize(size: number): void {
  document.documentElement.style.setProperty('--reading-size', `${size}px`);
}

export function useAppliedFontSize(size: number): void {
  useLayoutEffect(() => applyFontSize(size), [size]);
}
