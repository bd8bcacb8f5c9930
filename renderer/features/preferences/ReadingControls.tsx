import type { ThemePreference } from '../../../shared/model/preferences';
import { FontSizeControl } from './FontSizeControl';
import { ThemeToggle } from './ThemeToggle';

export interface ReadingSettings {
  readonly theme: ThemePreference;
  readonly fontSize: number;
  readonly onThemeChange: (theme: ThemePreference) => void;
  readonly onFontStep: (direction: 1 | -1) => void;
}

/** The text size and theme controls both views show at the right of their header. */
export function ReadingControls({ settings }: { readonly settings: ReadingSettings }) {
  return (
    <div className="reading-controls">
      <FontSizeControl size={settings.fontSize} onStep={settings.onFontStep} />
      <ThemeToggle theme={settings.theme} onChange={settings.onThemeChange} />
    </div>
  );
}
