/** Commands the application menu sends to the renderer (which also binds them to keys itself). */
export const MENU_COMMANDS = [
  'showLibrary',
  'nextArticle',
  'previousArticle',
  'toggleTheme',
  'fontLarger',
  'fontSmaller',
  'search',
  'find',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_CHANNEL = 'gloss-menu';
