import type { Database } from 'better-sqlite3';
import type { MainHandlers } from '../../shared/ipc/types';
import { countArticles, databaseBytes, getArticle, listArticles } from './db/articleRepo';
import { getPreferences, updatePreferences } from './db/preferencesRepo';
import { annotationHandlers } from './annotations/handlers';
import { searchLibrary } from './search/searchLibrary';
import { exportHandlers } from './export/handlers';
import { importHandlers } from './importing/handlers';
import { libraryHandlers } from './library';
import { withStorageErrors } from './db/sqliteErrors';
import { PathChoices } from './chooser/pathChoices';

/**
 * The one implementation of the contract, served by both the Electron IPC and the harness HTTP bindings.
 * `choices` holds the paths the user chose in a file dialog (Electron's, or none in the harness, which
 * adds typed paths to it through its own route); exports and imports refer to them by handle.
 */
export function createHandlers(db: Database, choices: PathChoices = new PathChoices()): MainHandlers {
  return withStorageErrors<MainHandlers>({
    listArticles: (input) => listArticles(db, input),
    getArticle: ({ id }) => getArticle(db, id),
    getLibraryStats: () => ({ ...countArticles(db), databaseBytes: databaseBytes(db) }),
    getPreferences: () => getPreferences(db),
    updatePreferences: (patch) => updatePreferences(db, patch),
    ...annotationHandlers(db),
    search: (input) => searchLibrary(db, input),
    ...exportHandlers(db, choices),
    ...importHandlers(db, choices),
    ...libraryHandlers(db),
  });
}
