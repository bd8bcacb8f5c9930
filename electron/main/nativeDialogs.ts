import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { ExportFormat } from '../../shared/export/types';
import type { PathChooser } from './chooser/pathChoices';

const FORMAT_FILTERS: Readonly<Record<ExportFormat, FileFilter>> = {
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'W3C Web Annotation JSON', extensions: ['json'] },
  csv: { name: 'CSV (Readwise)', extensions: ['csv'] },
  html: { name: 'Web page', extensions: ['html'] },
};

async function open(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string[] | null> {
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

async function save(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

/**
 * Electron's file dialogs, the only way a path enters main from the app: the renderer asks for a
 * choice and gets back a handle (electron/main/chooser/pathChoices.ts), never the power to name a path.
 */
export function nativeDialogs(getWindow: () => BrowserWindow | null): PathChooser {
  return {
    async chooseExportPath({ format, perArticle }) {
      if (perArticle) {
        const folders = await open(getWindow(), {
          title: 'Export notes: a folder for one file per article',
          buttonLabel: 'Export here',
          properties: ['openDirectory', 'createDirectory'],
        });
        return folders?.[0] ?? null;
      }
      return save(getWindow(), {
        title: 'Export notes',
        defaultPath: `Gloss notes.${format}`,
        filters: [FORMAT_FILTERS[format]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
    chooseImportPaths({ folders }) {
      return open(getWindow(), {
        title: folders ? 'Import folders of articles' : 'Import articles',
        buttonLabel: 'Import',
        filters: folders ? [] : [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
        properties: [folders ? 'openDirectory' : 'openFile', 'multiSelections'],
      });
    },
  };
}
