import type { GlossErrorPayload, Result } from '../shared/ipc/errors';
import { METHOD_NAMES, type MethodName } from '../shared/ipc/methods';
import { HARNESS_METHOD_NAMES, type HarnessApi } from '../shared/ipc/harnessMethods';
import type { GlossApi, GlossBridge, InputOf } from '../shared/ipc/types';

/** A failed call, with the main process's typed code and plain-words message. */
export class GlossClientError extends Error {
  readonly code: GlossErrorPayload['code'];
  constructor(payload: GlossErrorPayload) {
    super(payload.message);
    this.name = 'GlossClientError';
    this.code = payload.code;
  }
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser harness. */
    readonly gloss?: GlossBridge;
  }
}

type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

const TOKEN_KEY = 'gloss.token';

/** The browser harness: the same contract over HTTP, authorised by the token in the URL it printed. */
function httpTransport(): (method: string, input: unknown) => Promise<Result<unknown>> {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  return async (method, input) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gloss-Token': token },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  };
}

function bridgeTransport(bridge: GlossBridge): Transport {
  return (method, input) => (bridge[method] as (i: unknown) => Promise<Result<unknown>>)(input);
}

function createClient(transport: Transport): GlossApi {
  const entries = METHOD_NAMES.map((method) => [
    method,
    async (input?: InputOf<typeof method>) => {
      const result = await transport(method, input);
      if (!result.ok) throw new GlossClientError(result.error);
      return result.value;
    },
  ]);
  return Object.fromEntries(entries) as GlossApi;
}

/** The renderer's only way to reach the library: Electron's preload bridge, else the harness over HTTP. */
export const gloss: GlossApi = createClient(window.gloss ? bridgeTransport(window.gloss) : httpTransport());

/**
 * The browser harness's stand-in for file dialogs (a typed path becomes a handle); null in Electron,
 * where `gloss.chooseExportDestination` / `chooseImportSources` open main's own dialogs.
 */
export const harness: HarnessApi | null = window.gloss
  ? null
  : (() => {
      const transport = httpTransport();
      const call = (method: string) => async (input: unknown) => {
        const result = await transport(method, input);
        if (!result.ok) throw new GlossClientError(result.error);
        return result.value;
      };
      return Object.fromEntries(HARNESS_METHOD_NAMES.map((m) => [m, call(m)])) as HarnessApi;
    })();
