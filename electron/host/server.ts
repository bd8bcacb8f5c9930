import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { IMPORT_CONTENT_CALL_MAX_CHARS } from '../../shared/export/inputs';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import type { HarnessHandlers } from '../../shared/ipc/harness';
import type { MainHandlers } from '../../shared/ipc/types';
import { dispatch } from '../main/ipc/dispatch';
import { dispatchHarness, isHarnessMethod } from './harnessDispatch';

export interface HostOptions {
  readonly handlers: MainHandlers;
  /** The built renderer (electron-vite's out/renderer). */
  readonly rendererDir: string;
  /** Every API call must carry it in the X-Gloss-Token header. */
  readonly token: string;
  /** The harness's stand-in for file dialogs (typed paths); only this binding serves it. */
  readonly harness?: HarnessHandlers;
}

const MAX_BODY_BYTES = 1 << 20;
/** Dropped files arrive as base64 in one call; every other call stays small. */
const BODY_LIMITS: Readonly<Record<string, number>> = {
  importFileContents: IMPORT_CONTENT_CALL_MAX_CHARS + (1 << 20),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('Request body too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: HostOptions,
): Promise<void> {
  const json = 'application/json; charset=utf-8';
  if (req.method !== 'POST')
    return send(
      res,
      405,
      json,
      JSON.stringify({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Use POST.' } }),
    );
  if (!sameToken(req.headers['x-gloss-token'] as string | undefined, options.token)) {
    return send(
      res,
      403,
      json,
      JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong token.' } }),
    );
  }
  let input: unknown;
  try {
    const body = await readBody(req, BODY_LIMITS[method] ?? MAX_BODY_BYTES);
    input = body.length === 0 ? undefined : (JSON.parse(body) as unknown);
  } catch (error) {
    return send(
      res,
      400,
      json,
      JSON.stringify({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: `Unreadable request: ${(error as Error).message}` },
      }),
    );
  }
  const result =
    options.harness && isHarnessMethod(method)
      ? dispatchHarness(options.harness, method, input)
      : await dispatch(options.handlers, method, input);
  send(res, 200, json, JSON.stringify(result));
}

async function serveStatic(res: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
  const file = normalize(join(rendererDir, relative));
  if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'Not found');
  try {
    const body = await readFile(file);
    send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(res, 404, 'text/plain', 'Not found');
  }
}

/**
 * The browser harness: the built renderer and the same handlers as Electron's IPC, over HTTP on
 * loopback. Requests naming another Host are refused, which closes DNS rebinding.
 */
export function createHostServer(options: HostOptions): Server {
  const rendererDir = normalize(options.rendererDir);
  const server = createServer((req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Wrong host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    const done = api?.[1] ? serveApi(req, res, api[1], options) : serveStatic(res, url.pathname, rendererDir);
    done.catch((error: unknown) => {
      console.error('Gloss host: request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    });
  });
  return server;
}
