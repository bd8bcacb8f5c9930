import type { Database } from 'better-sqlite3';
import type { MainHandlers } from '../../../shared/ipc/types';
import { ImportJobs } from './importJobs';

export type ImportHandlers = Pick<MainHandlers, 'importFiles' | 'getImportProgress' | 'cancelImport'>;

/** File import for the contract: paths come from main's dialog or a drop, never read by the renderer itself. */
export function importHandlers(db: Database): ImportHandlers {
  const jobs = new ImportJobs(db);
  return {
    importFiles: ({ paths }) => jobs.run(paths),
    getImportProgress: () => jobs.progress(),
    cancelImport: () => jobs.cancel(),
  };
}
