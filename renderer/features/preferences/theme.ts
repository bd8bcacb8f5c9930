import type { ThemePreference } from '../../../shared/model/preferences';

export type ResolvedTheme = 'light' | 'dark';

const CYCLE: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** The toggle's order: system → light → dark → system. */
export function nextThemePreference(current: ThemePreference): ThemePreference {
  const index = CYCLE.indexOf(current);
  return CYCLE[(index + 1) % CYCLE.length] ?? 'system';
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function themeLabel(preference: ThemePreference): string {
  return LABELS[preference];
}
