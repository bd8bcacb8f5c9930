export type ThemePreference = 'system' | 'light' | 'dark';

/** Reader settings and where the reader left off; kept in the library so every front end shares them. */
export interface Preferences {
  readonly theme: ThemePreference;
  /** Body text size in CSS pixels. */
  readonly fontSize: number;
  readonly lastArticleId: string | null;
  /** Fraction (0–1) of the last article scrolled through. */
  readonly lastScroll: number;
  readonly librarySort: 'date' | 'title' | 'imported';
  readonly libraryDirection: 'asc' | 'desc';
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  fontSize: 19,
  lastArticleId: null,
  lastScroll: 0,
  librarySort: 'date',
  libraryDirection: 'desc',
};

export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 28;
