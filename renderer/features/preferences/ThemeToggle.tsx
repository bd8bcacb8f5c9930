import type { ThemePreference } from '../../../shared/model/preferences';
import { Icon, type IconName } from '../../components/Icon';
import { nextThemePreference, themeLabel } from './theme';

const ICONS: Record<ThemePreference, IconName> = { system: 'system', light: 'sun', dark: 'moon' };

interface ThemeToggleProps {
  readonly theme: ThemePreference;
  readonly onChange: (theme: ThemePreference) => void;
}

/** One button that cycles system → light → dark. */
export function ThemeToggle({ theme, onChange }: ThemeToggleProps) {
  const next = nextThemePreference(theme);
  return (
    <button
      type="button"
      className="control control--labelled"
      onClick={() => onChange(next)}
      aria-label={`Theme: ${themeLabel(theme)}. Switch to ${themeLabel(next)}`}
      title={`Theme: ${themeLabel(theme)} (t)`}
      data-testid="theme-toggle"
    >
      <Icon name={ICONS[theme]} />
      <span className="control-text" aria-hidden="true">
        {themeLabel(theme)}
      </span>
    </button>
  );
}
