import { COLOR_HEX, COLOR_IDS, type ColorId, type ColorLabel } from '../../../shared/model/annotation';

/**
 * Sets `--swatch-<colour>` on the root from COLOR_HEX, the one definition of the palette; the
 * stylesheets mix these with transparency per theme for highlights, underlines and swatches.
 * (CSSOM, so the CSP's style-src 'self' allows it.)
 */
export function applySwatchTokens(root: HTMLElement = document.documentElement): void {
  for (const id of COLOR_IDS) root.style.setProperty(`--swatch-${id}`, COLOR_HEX[id]);
}

/** What a colour is called when the user has not named it (the main process stores the names). */
const FALLBACK_NAMES: Readonly<Record<ColorId, string>> = {
  yellow: 'Yellow',
  orange: 'Orange',
  red: 'Red',
  purple: 'Purple',
  blue: 'Blue',
  green: 'Green',
};

export type ColorNames = Readonly<Record<ColorId, string>>;

export function colorNames(labels: readonly ColorLabel[]): ColorNames {
  const names: Record<ColorId, string> = { ...FALLBACK_NAMES };
  for (const label of labels) names[label.id] = label.name;
  return names;
}

/** The colour bound to the digit key 1–6. */
export function colorForDigit(digit: number): ColorId | null {
  return COLOR_IDS[digit - 1] ?? null;
}

/** "Key claim (1)" style hint for a colour's button. */
export function colorKey(id: ColorId): number {
  return COLOR_IDS.indexOf(id) + 1;
}
