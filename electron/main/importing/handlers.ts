import type { Database } from 'better-sqlite3';
import type { MainHandlers } from '../../../shared/ipc/types';
import type { PathChoices } from '../chooser/pathChoices';
import { ImportJobs } from './importJobs';
import { warmFileReaders } from './readPool';

export type ImportHandlers = Pick<
  MainHandlers,
  'importFiles' | 'importFileContents' | 'chooseImportSources' | 'getImportProgress' | 'cancelImport'
>;

/**
 * File import for the contract: paths come from main's dialog (or the harness's typed path) behind
 * a handle; dropped files come as bytes, never as paths.
 */
export function importHandlers(db: Database, choices: PathChoices): ImportHandlers {
  const jobs = new ImportJobs(db);
  return {
    importFiles: ({ source }) => jobs.run(choices.paths('import', source)),
    importFileContents: ({ files }) => jobs.runContents(files),
    chooseImportSources: (input) => {
      // While the user picks, the readers get ready (a second of work a large import starts with).
      void warmFileReaders().catch(() => undefined);
      return choices.chooseImport(input);
    },
    getImportProgress: () => jobs.progress(),
    cancelImport: () => jobs.cancel(),
  };
}
