/** Which key does what, per view. Pure, so the whole key map is tested without a DOM. */

export type AppView = 'library' | 'reader' | 'notebook';

export type ShortcutCommand =
  | 'selectNext'
  | 'selectPrevious'
  | 'selectFirst'
  | 'selectLast'
  | 'openSelected'
  | 'showLibrary'
  | 'showNotebook'
  | 'nextArticle'
  | 'previousArticle'
  | 'toggleTheme'
  | 'fontLarger'
  | 'fontSmaller'
  | 'highlight'
  | 'underline'
  | 'highlightWithNote'
  | 'color1'
  | 'color2'
  | 'color3'
  | 'color4'
  | 'color5'
  | 'color6'
  | 'nextHighlight'
  | 'previousHighlight'
  | 'openHighlight'
  | 'undo'
  | 'redo'
  | 'focusFilter'
  | 'search'
  | 'find'
  | 'findNext'
  | 'findPrevious'
  | 'exportNotes'
  | 'importFiles'
  /** `g`: the first key of a two-key sequence (`g n`, `g l`); the hook keeps it, never a handler. */
  | 'startSequence';

export interface KeyInput {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey?: boolean;
}

/** What else a key's meaning depends on. */
export interface ShortcutContext {
  /** Text is selected on the page (then `n` highlights with a note instead of turning the page). */
  readonly textSelected?: boolean;
  /** The first key of a sequence was just pressed. */
  readonly sequence?: 'g' | null;
}

const EVERYWHERE: Readonly<Record<string, ShortcutCommand>> = {
  t: 'toggleTheme',
  '+': 'fontLarger',
  '=': 'fontLarger',
  '-': 'fontSmaller',
  _: 'fontSmaller',
  g: 'startSequence',
};

/** `g` then a letter: go somewhere. */
const AFTER_G: Readonly<Record<string, ShortcutCommand>> = {
  n: 'showNotebook',
  l: 'showLibrary',
};

const LIBRARY: Readonly<Record<string, ShortcutCommand>> = {
  ArrowDown: 'selectNext',
  j: 'selectNext',
  ArrowUp: 'selectPrevious',
  k: 'selectPrevious',
  Home: 'selectFirst',
  End: 'selectLast',
  Enter: 'openSelected',
  '/': 'search',
};

const READER: Readonly<Record<string, ShortcutCommand>> = {
  ']': 'nextArticle',
  n: 'nextArticle',
  '[': 'previousArticle',
  p: 'previousArticle',
  Escape: 'showLibrary',
  Backspace: 'showLibrary',
  b: 'showLibrary',
  h: 'highlight',
  u: 'underline',
  '1': 'color1',
  '2': 'color2',
  '3': 'color3',
  '4': 'color4',
  '5': 'color5',
  '6': 'color6',
  j: 'nextHighlight',
  k: 'previousHighlight',
  Enter: 'openHighlight',
  '/': 'search',
};

const NOTEBOOK: Readonly<Record<string, ShortcutCommand>> = {
  Escape: 'showLibrary',
  Backspace: 'showLibrary',
  b: 'showLibrary',
  '/': 'focusFilter',
};

const READER_ALT: Readonly<Record<string, ShortcutCommand>> = {
  ArrowRight: 'nextArticle',
  ArrowLeft: 'previousArticle',
};

const OWN: Readonly<Record<AppView, Readonly<Record<string, ShortcutCommand>>>> = {
  library: LIBRARY,
  reader: READER,
  notebook: NOTEBOOK,
};

/** Ctrl (Cmd on a Mac) chords Gloss claims; all others are left to the browser and the menu. */
function chordFor(key: string, shift: boolean, view: AppView): ShortcutCommand | null {
  if (key === 'n' && shift) return 'showNotebook';
  if (key === 'k' && !shift) return 'search';
  if (key === 'e' && !shift) return 'exportNotes';
  if (key === 'o' && !shift) return 'importFiles';
  if (key === 'f' && !shift) return view === 'reader' ? 'find' : null;
  if (view !== 'reader') return null;
  if (key === 'z') return shift ? 'redo' : 'undo';
  if (key === 'y' && !shift) return 'redo';
  return null;
}

/**
 * The command a key press means in `view`, or null. Ctrl/Cmd chords are left to the browser and
 * the application menu, except undo/redo of annotation changes in the reader and Ctrl+Shift+N;
 * Alt only combines with the arrows (Alt+← / Alt+→ between articles).
 */
export function shortcutFor(
  input: KeyInput,
  view: AppView,
  context: ShortcutContext = {},
): ShortcutCommand | null {
  // Letters work with Caps Lock on too.
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (input.ctrlKey || input.metaKey) {
    return input.altKey ? null : chordFor(key, input.shiftKey === true, view);
  }
  // F3 / Shift+F3: the next or previous match of find in the article.
  if (key === 'F3')
    return view === 'reader' && !input.altKey
      ? input.shiftKey === true
        ? 'findPrevious'
        : 'findNext'
      : null;
  if (input.altKey) return view === 'reader' ? (READER_ALT[input.key] ?? null) : null;
  if (context.sequence === 'g') return AFTER_G[key] ?? null;
  if (view === 'reader' && key === 'n' && context.textSelected === true) return 'highlightWithNote';
  return OWN[view][key] ?? EVERYWHERE[key] ?? null;
}

/** A short description of every shortcut, for the help text. */
export const SHORTCUT_HELP: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: '↑ ↓ or j k', action: 'Move through the library' },
  { keys: 'Enter', action: 'Open the selected article' },
  { keys: '] or n, Alt+→', action: 'Next article' },
  { keys: '[ or p, Alt+←', action: 'Previous article' },
  { keys: 'Esc, Backspace or b', action: 'Back to the library' },
  { keys: 'g n or Ctrl+Shift+N', action: 'Open the notebook' },
  { keys: 'Ctrl+K or /', action: 'Search the library' },
  { keys: 'Ctrl+E / Ctrl+O', action: 'Export notes / import articles' },
  { keys: 'Ctrl+F, then Enter / Shift+Enter or F3', action: 'Find in the article, next / previous match' },
  { keys: 'h, u, 1–6', action: 'Highlight, underline or highlight in a colour the selected text' },
  { keys: 'n (with text selected)', action: 'Highlight and write a note' },
  { keys: 'Shift+arrows', action: 'Select text with the keyboard' },
  { keys: 'j k', action: 'Next / previous highlight in the article (Enter opens it)' },
  { keys: 'Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y', action: 'Undo / redo a highlight or note change' },
  { keys: 't', action: 'Switch theme' },
  { keys: '+ / −', action: 'Larger / smaller text' },
];
