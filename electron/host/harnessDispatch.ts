import type { Result } from '../../shared/ipc/errors';
import { harnessContract, type HarnessHandlers } from '../../shared/ipc/harness';
import { HARNESS_METHOD_NAMES, type HarnessMethodName } from '../../shared/ipc/harnessMethods';
import { GlossError } from '../main/errors';

export function isHarnessMethod(name: string): name is HarnessMethodName {
  return (HARNESS_METHOD_NAMES as readonly string[]).includes(name);
}

/** Validates and runs a harness-only method (a typed path for a file dialog), as `dispatch` does for the contract. */
export function dispatchHarness(
  handlers: HarnessHandlers,
  method: HarnessMethodName,
  input: unknown,
): Result<unknown> {
  const parsed = harnessContract[method].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: `Invalid argument to ${method}: ${where}${issue?.message ?? ''}`,
      },
    };
  }
  try {
    // Each parsed input belongs to its handler; TypeScript cannot see through the union here.
    const handler = handlers[method] as (value: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (error) {
    if (error instanceof GlossError)
      return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`Gloss host: ${method} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: `Gloss could not complete ${method}.` } };
  }
}
