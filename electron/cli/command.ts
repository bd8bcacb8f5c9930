import type { Library } from '../main/library';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Options every command receives, parsed from the command line (strings and flags only). */
export type CliValues = Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;

export interface CliContext {
  readonly library: Library;
  readonly args: readonly string[];
  readonly values: CliValues;
  readonly io: CliIo;
}

export interface Command {
  readonly name: string;
  /** One line for the usage text, e.g. `search "QUERY" [--limit N]   ranked results`. */
  readonly usage: string;
  /** Options this command takes beyond --data-dir, --json and --help. */
  readonly options?: Readonly<Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>;
  /** Returns the exit code. Throw UsageError for bad input. */
  run(context: CliContext): number | Promise<number>;
}
