import { UsageError } from '../args';
import type { Command } from '../command';

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore NAME               restore a backup (see backups); the current library is kept as a backup',
  async run({ library, args, values, io }) {
    const [name, ...rest] = args;
    if (name === undefined || rest.length > 0)
      throw new UsageError('restore takes one backup name (see "backups").');
    const result = await library.restoreBackup(name);
    io.out(values.json === true ? JSON.stringify(result, null, 2) : result.message);
    return 0;
  },
};
