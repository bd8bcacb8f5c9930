import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../main/library';
import { dataDirFrom, UsageError } from './args';
import type { CliIo, Command } from './command';
import { commands as allCommands } from './commands';

export type { CliIo } from './command';

function usage(commands: readonly Command[]): string {
  return [
    'Usage: npm run gloss -- <command> [options] [--data-dir DIR] [--json]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage}`),
    '',
    'Options:',
    "  --data-dir DIR             library folder (default: the app's own, shared with the desktop app)",
    '  --json                     machine-readable output',
    '  -h, --help                 this text',
  ].join('\n');
}

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function isUsageError(error: unknown): boolean {
  return (
    error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}

/** Runs one CLI command; returns the exit code (0 ok, 1 failure, 2 bad usage). */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = allCommands,
): Promise<number> {
  // The command comes first, so an option's value is never mistaken for it.
  const name = argv[0]?.startsWith('-') === false ? argv[0] : undefined;
  const command = commands.find((c) => c.name === name);
  try {
    if (argv.includes('--help') || argv.includes('-h') || name === 'help') {
      io.out(usage(commands));
      return 0;
    }
    if (name === undefined) throw new UsageError('Name a command.');
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    const library = openLibrary({
      dataDir: dataDirFrom(values['data-dir']),
      seedDir: fileURLToPath(new URL('../../seeds', import.meta.url)),
    });
    if (library.recovery) io.err(`gloss: warning: ${library.recovery.message}`);
    try {
      return await command.run({
        library,
        args: positionals.slice(1),
        values,
        io,
      });
    } finally {
      library.close();
    }
  } catch (error) {
    io.err(`gloss: ${(error as Error).message}${isUsageError(error) ? `\n\n${usage(commands)}` : ''}`);
    return isUsageError(error) ? 2 : 1;
  }
}
