import type { z } from 'zod';
import { contract } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/errors';
import { METHOD_NAMES, type MethodName } from '../../../shared/ipc/methods';
import type { MainHandlers } from '../../../shared/ipc/types';
import { GlossError } from '../errors';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export type Logger = (message: string, error: unknown) => void;

/**
 * Validates the argument against the contract, runs the handler, and turns every outcome into a
 * Result: the caller sees `{code, message}`, never a stack trace, and main never throws.
 */
export async function dispatch(
  handlers: MainHandlers,
  method: unknown,
  rawInput: unknown,
  log: Logger = (message, error) => console.error(message, error),
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: `There is no method called ${String(method)}.` },
    };
  }
  const parsed = contract[method].input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: `Invalid argument to ${method}: ${describeIssues(parsed.error)}`,
      },
    };
  }
  try {
    // The contract ties each parsed input to its handler; TypeScript cannot see through the union here.
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof GlossError)
      return { ok: false, error: { code: error.code, message: error.message } };
    log(`Gloss: ${method} failed`, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Gloss could not complete ${method}. Details are in the log.` },
    };
  }
}
