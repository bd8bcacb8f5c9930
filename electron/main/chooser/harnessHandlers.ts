import type { HarnessHandlers } from '../../../shared/ipc/harness';
import type { PathChoices } from './pathChoices';

/**
 * The harness's stand-in for file dialogs: a path the user typed becomes a handle, as a dialog's
 * answer does in Electron. Served only by the harness's HTTP binding (see shared/ipc/harness.ts).
 */
export function harnessHandlers(choices: PathChoices): HarnessHandlers {
  return {
    chooseExportDestinationByPath: ({ path }) => choices.add('export', [path]),
    chooseImportSourcesByPath: ({ paths }) => choices.add('import', paths),
  };
}
