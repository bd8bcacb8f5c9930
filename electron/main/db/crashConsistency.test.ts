import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { BACKUP_DIR, checkBackupFile, listBackups } from './backups';
import { LIBRARY_FILE, openDatabase } from './openDatabase';

const tempDir = useTempDirs();
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WRITER = join(ROOT, 'tests', 'crash', 'writer.ts');
const ROUNDS = 30;

interface Round {
  readonly lines: string[];
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

interface Writer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: { stdout: string; stderr: string };
  readonly closed: Promise<NodeJS.Signals | null>;
}

/** Starts a writer, which loads its modules and then waits for the word to open the library. */
function startWriter(dataDir: string, round: number): Writer {
  const args = ['--import', 'tsx', WRITER, dataDir, `r${round}`, ...(round % 3 === 0 ? ['--backups'] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  const closed = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('close', (_code, signal) => resolve(signal)),
  );
  return { child, output, closed };
}

/** Lets the writer go and SIGKILLs it at a random moment: mostly mid-writes, every fifth round possibly mid-start. */
async function runAndKill({ child, output, closed }: Writer, round: number): Promise<Round> {
  let timer: NodeJS.Timeout | undefined;
  const kill = (): void => void child.kill('SIGKILL');
  const killAfter = (ms: number): void => {
    timer ??= setTimeout(kill, ms);
  };
  if (round % 5 === 0) killAfter(Math.random() * 400);
  child.stdout.on('data', () => {
    if (output.stdout.startsWith('ready ')) killAfter(20 + Math.random() * 250);
  });
  const safety = setTimeout(kill, 15_000);
  child.stdin.write('go\n');
  const signal = await closed;
  clearTimeout(timer);
  clearTimeout(safety);
  // A line cut off by the kill was never acknowledged.
  return { lines: output.stdout.split('\n').slice(0, -1), signal, stderr: output.stderr };
}

interface Expected {
  /** Acknowledged annotations and their acknowledged note. */
  readonly notes: Map<string, string>;
  acknowledged: number;
}

/** Folds a round's output in; returns the write in flight when it was killed (announced, not acknowledged). */
function fold(expected: Expected, lines: readonly string[]): { op: string; id: string; note: string } | null {
  let inFlight: { op: string; id: string; note: string } | null = null;
  for (const line of lines) {
    const [kind, op = '', id = '', note = ''] = line.split(' ');
    if (kind === 'begin') inFlight = { op, id, note };
    if (kind === 'ack') {
      expected.notes.set(id, note);
      expected.acknowledged++;
      inFlight = null;
    }
  }
  return inFlight;
}

describe('crash consistency', () => {
  it(`keeps the library intact and every acknowledged write, across ${ROUNDS} SIGKILLs at random moments`, async () => {
    const dataDir = tempDir();
    const file = join(dataDir, LIBRARY_FILE);
    const expected: Expected = { notes: new Map(), acknowledged: 0 };
    let killedMidWrite = 0;
    let killedInStart = 0;
    let next: Writer | null = startWriter(dataDir, 1);
    try {
      for (let round = 1; next; round++) {
        const current = next;
        next = round < ROUNDS ? startWriter(dataDir, round + 1) : null;
        const { lines, signal, stderr } = await runAndKill(current, round);
        expect(signal, `round ${round} ended by itself:\n${stderr}`).toBe('SIGKILL');
        const inFlight = fold(expected, lines);
        if (!lines.some((line) => line.startsWith('ready '))) killedInStart++;
        if (inFlight) killedMidWrite++;
        if (!existsSync(file)) continue; // killed before the library was created

        // Checks every page at open, then the full integrity check and the foreign keys.
        const db = openDatabase(file, { fullCheckMaxBytes: Number.POSITIVE_INFINITY });
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        expect(db.pragma('foreign_key_check'), `round ${round}`).toEqual([]);
        const rows = new Map(
          (db.prepare('SELECT id, note FROM annotations').raw().all() as [string, string][]).map(
            ([id, note]) => [id, note],
          ),
        );
        db.close();

        for (const [id, note] of expected.notes) {
          const stored = rows.get(id);
          const acceptable = inFlight?.op === 'update' && inFlight.id === id ? [note, inFlight.note] : [note];
          expect(
            stored,
            `round ${round}: acknowledged ${id} as "${note}", found "${String(stored)}"`,
          ).toBeDefined();
          expect(acceptable, `round ${round}: ${id}`).toContain(stored);
          // A committed update the kill kept from being acknowledged is now the truth.
          if (stored !== undefined) expected.notes.set(id, stored);
        }
        // Nothing but acknowledged rows, and at most the one create that committed without its ack.
        const unacknowledged = [...rows.keys()].filter((id) => !expected.notes.has(id));
        expect(unacknowledged.length, `round ${round}`).toBeLessThanOrEqual(
          inFlight?.op === 'create' ? 1 : 0,
        );
        for (const id of unacknowledged) expected.notes.set(id, rows.get(id) ?? '');

        for (const backup of listBackups(join(dataDir, BACKUP_DIR))) {
          expect(
            checkBackupFile(join(dataDir, BACKUP_DIR, backup.name)),
            `round ${round}: ${backup.name}`,
          ).toEqual([]);
        }
      }
    } finally {
      next?.child.kill('SIGKILL');
    }
    expect(expected.acknowledged).toBeGreaterThan(ROUNDS * 5);
    expect(killedMidWrite).toBeGreaterThan(ROUNDS / 4);
    console.info(
      `crash consistency: ${expected.acknowledged} acknowledged writes, ${killedMidWrite} kills between begin and ack, ${killedInStart} while opening`,
    );
  }, 120_000);
});
