import { describeTime } from '../../main/db/recovery';
import { UsageError } from '../args';
import type { Command } from '../command';

export const backupsCommand: Command = {
  name: 'backups',
  usage: 'backups                    list the backups, newest first',
  run({ library, args, values, io }) {
    if (args.length > 0) throw new UsageError(`backups takes no arguments, not "${args.join(' ')}".`);
    const backups = library.listBackups();
    if (values.json === true) {
      io.out(JSON.stringify(backups, null, 2));
      return 0;
    }
    if (backups.length === 0) {
      io.out(`No backups yet in ${library.backupDir}.`);
      return 0;
    }
    for (const b of backups) {
      io.out(
        `${b.name}  ${describeTime(b.createdAt)}  ${b.reason.padEnd(16)} ${(b.bytes / 1024).toFixed(0).padStart(8)} KiB`,
      );
    }
    return 0;
  },
};
