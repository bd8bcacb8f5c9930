import { join } from 'node:path';
import { UsageError } from '../args';
import type { Command } from '../command';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup                     make a verified backup of the library now',
  async run({ library, args, values, io }) {
    if (args.length > 0) throw new UsageError(`backup takes no arguments, not "${args.join(' ')}".`);
    const backup = await library.backup('manual');
    if (values.json === true)
      io.out(JSON.stringify({ ...backup, path: join(library.backupDir, backup.name) }, null, 2));
    else
      io.out(
        `Backed up to ${join(library.backupDir, backup.name)} (${(backup.bytes / 1024).toFixed(0)} KiB, verified).`,
      );
    return 0;
  },
};
