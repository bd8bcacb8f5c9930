import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dataDirFrom, positiveInt, UsageError } from '../cli/args';
import { startHost } from './startHost';

const USAGE = `Usage: npm run host -- [--port N] [--data-dir DIR]

Serves the Gloss UI and its library on http://127.0.0.1 so it can be used in a browser.
  --port N        port to listen on (default 4517; 0 picks a free one)
  --data-dir DIR  library folder (default: the app's own, shared with the desktop app)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const host = await startHost({
    dataDir: dataDirFrom(values['data-dir']),
    seedDir: fileURLToPath(new URL('../../seeds', import.meta.url)),
    rendererDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
    port: positiveInt('--port', values.port, 4517),
  });
  console.log(`Gloss is at ${host.url}`);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`gloss host: ${(error as Error).message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exit(usage ? 2 : 1);
});
