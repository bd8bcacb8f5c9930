import type { Command } from '../command';
import { annotationsCommand } from './annotations';
import { backupCommand } from './backup';
import { backupsCommand } from './backups';
import { exportCommand } from './export';
import { importCommand } from './import';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
import { statsCommand } from './stats';

/** Every CLI command; add one by writing its module and listing it here. */
export const commands: readonly Command[] = [
  statsCommand,
  annotationsCommand,
  searchCommand,
  exportCommand,
  importCommand,
  backupCommand,
  backupsCommand,
  restoreCommand,
];
