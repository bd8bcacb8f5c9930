import { countArticles, databaseBytes } from '../../main/db/articleRepo';
import type { Command } from '../command';
import { UsageError } from '../args';

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats                      articles, blocks, words and database size',
  run({ library, args, values, io }) {
    if (args.length > 0) throw new UsageError(`stats takes no arguments, not "${args.join(' ')}".`);
    const stats = {
      file: library.file,
      ...countArticles(library.db),
      databaseBytes: databaseBytes(library.db),
    };
    if (values.json === true) {
      io.out(JSON.stringify(stats, null, 2));
      return 0;
    }
    io.out(`Library   ${stats.file}`);
    io.out(`Articles  ${stats.articles}`);
    io.out(`Blocks    ${stats.blocks}`);
    io.out(`Words     ${stats.words}`);
    io.out(`Size      ${(stats.databaseBytes / 1024).toFixed(0)} KiB`);
    return 0;
  },
};
