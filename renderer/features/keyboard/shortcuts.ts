/** Which key does what, per view. Pure, so the whole key map is tested without a DOM. */

export type AppView = 'library' | 'reader';

export type ShortcutCommand =
  | 'selectNext'
  | 'selectPrevious'
  | 'selectFirst'
  | 'selectLast'
  | 'openSelected'
  | 'showLibrary'
  | 'nextArticle'
  | 'previousArticle'
  | 'toggleTheme'
  | 'fontLarger'
  | 'fontSmaller';

export interface KeyInput {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

const EVERYWHERE: Readonly<Record<string, ShortcutCommand>> = {
  t: 'toggleTheme',
  '+': 'fontLarger',
  '=': 'fontLarger',
  '-': 'fontSmaller',
  _: 'fontSmaller',
};

const LIBRARY: Readonly<Record<string, ShortcutCommand>> = {
  ArrowDown: 'selectNext',
  j: 'selectNext',
  ArrowUp: 'selectPrevious',
  k: 'selectPrevious',
  Home: 'selectFirst',
  End: 'selectLast',
  Enter: 'openSelected',
};

const READER: Readonly<Record<string, ShortcutCommand>> = {
  ']': 'nextArticle',
  n: 'nextArticle',
  '[': 'previousArticle',
  p: 'previousArticle',
  Escape: 'showLibrary',
  Backspace: 'showLibrary',
  b: 'showLibrary',
};

const READER_ALT: Readonly<Record<string, ShortcutCommand>> = {
  ArrowRight: 'nextArticle',
  ArrowLeft: 'previousArticle',
};

/**
 * The command a key press means in `view`, or null. Ctrl/Cmd chords are left to the browser and
 * the application menu; Alt only combines with the arrows (Alt+← / Alt+→ between articles).
 */
export function shortcutFor(input: KeyInput, view: AppView): ShortcutCommand | null {
  if (input.ctrlKey || input.metaKey) return null;
  if (input.altKey) return view === 'reader' ? (READER_ALT[input.key] ?? null) : null;
  // Letters work with Caps Lock on too.
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const own = view === 'library' ? LIBRARY[key] : READER[key];
  return own ?? EVERYWHERE[key] ?? null;
}

/** A short description of every shortcut, for the help text. */
export const SHORTCUT_HELP: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: '↑ ↓ or j k', action: 'Move through the library' },
  { keys: 'Enter', action: 'Open the selected article' },
  { keys: '] or n, Alt+→', action: 'Next article' },
  { keys: '[ or p, Alt+←', action: 'Previous article' },
  { keys: 'Esc, Backspace or b', action: 'Back to the library' },
  { keys: 't', action: 'Switch theme' },
  { keys: '+ / −', action: 'Larger / smaller text' },
];
