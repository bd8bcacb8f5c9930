import type { z } from 'zod';
import type { contract, MethodSpec } from './contract';
import type { MethodName } from './methods';
import type { Result } from './errors';

export type Contract = typeof contract;

/** What a caller may pass (defaults still optional). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

/** The main process's implementation: one handler per method. */
export type MainHandlers = {
  readonly [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

/** What the preload exposes as `window.gloss`: every call resolves to a Result, never rejects with a stack. */
export type GlossBridge = {
  readonly [M in MethodName]: (input?: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

/** The renderer's typed client: resolves with the value, rejects with a GlossClientError. */
export type GlossApi = {
  readonly [M in MethodName]: (input?: InputOf<M>) => Promise<OutputOf<M>>;
};
