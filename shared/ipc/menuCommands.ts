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
  'exportNotes',
  'importFiles',
  'restoreBackup',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_CHANNEL = 'gloss-menu';

/** Main → renderer: a `gloss://` link the OS handed to Gloss, as `GlossLinkTarget` (shared/export/links.ts). */
export const LINK_CHANNEL = 'gloss-open-link';
