import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../tests/helpers/tempDir';
import { startHost, type RunningHost } from './startHost';

const tempDir = useTempDirs();
let host: RunningHost | null = null;

afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<{ base: string; token: string }> {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ dataDir: tempDir(), seedDir: SEED_DIR, rendererDir, port: 0 });
  const url = new URL(host.url);
  return { base: url.origin, token: host.token };
}

/** A raw request, so the Host header and paths are sent exactly as written. */
function raw(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { hostname, port, path, method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(init.body);
    },
  );
}

describe('browser harness server', () => {
  it('prints a loopback URL carrying its token', async () => {
    await start();
    expect(host?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves the renderer with a strict CSP', async () => {
    const { base } = await start();
    const res = await raw(base, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Gloss</title>');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect((await raw(base, '/assets/app.js')).status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    const { base } = await start();
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/../../x',
      '/..%2fpackage.json',
    ]) {
      expect((await raw(base, path)).status).toBe(404);
    }
  });

  it('answers API calls with the token and refuses them without', async () => {
    const { base, token } = await start();
    const call = (headers: Record<string, string>, body = '{}') =>
      raw(base, '/api/listArticles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    const ok = await call({ 'x-gloss-token': token });
    const page = JSON.parse(ok.body) as { ok: boolean; value: { total: number } };
    expect(page.ok).toBe(true);
    expect(page.value.total).toBe(5);

    expect((await call({})).status).toBe(403);
    expect((await call({ 'x-gloss-token': token.slice(1) })).status).toBe(403);
    expect((await call({ 'x-gloss-token': token }, '{not json')).status).toBe(400);
  });

  it('returns validation errors as data, and keeps serving', async () => {
    const { base, token } = await start();
    const res = await raw(base, '/api/getArticle', {
      method: 'POST',
      headers: { 'x-gloss-token': token },
      body: JSON.stringify({ id: 42 }),
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const unknown = await raw(base, '/api/deleteEverything', {
      method: 'POST',
      headers: { 'x-gloss-token': token },
    });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect((await raw(base, '/')).status).toBe(200);
  });

  it('stands in for file dialogs with typed paths: a handle back, which exports then use', async () => {
    const { base, token } = await start();
    const post = async (method: string, input: unknown): Promise<unknown> =>
      JSON.parse(
        (
          await raw(base, `/api/${method}`, {
            method: 'POST',
            headers: { 'x-gloss-token': token },
            body: JSON.stringify(input),
          })
        ).body,
      );
    const target = join(tempDir(), 'notes.csv');
    const chosen = (await post('chooseExportDestinationByPath', { format: 'csv', path: target })) as {
      ok: true;
      value: { handle: string };
    };
    expect(chosen).toMatchObject({ ok: true, value: { label: target, count: 1 } });
    expect(await post('exportNotes', { format: 'csv', destination: chosen.value.handle })).toMatchObject({
      ok: true,
      value: { files: [{ path: target }] },
    });
    expect(await post('chooseExportDestinationByPath', { format: 'csv', path: 'notes.csv' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await post('chooseImportSourcesByPath', { paths: [] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    // The contract's own chooser has no dialog to show here.
    expect(await post('chooseImportSources', {})).toEqual({ ok: true, value: null });
  });

  it('takes dropped files (base64) larger than other calls may be', async () => {
    const { base, token } = await start();
    const text = `A dropped article\n\n${'Words of a long dropped article. '.repeat(60_000)}\n`;
    const res = await raw(base, '/api/importFileContents', {
      method: 'POST',
      headers: { 'x-gloss-token': token },
      body: JSON.stringify({ files: [{ name: 'long.txt', data: Buffer.from(text).toString('base64') }] }),
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { created: 1 } });
    // Other calls keep the 1 MiB limit: refused (a 400, or the connection cut mid-upload).
    const big = await raw(base, '/api/listArticles', {
      method: 'POST',
      headers: { 'x-gloss-token': token },
      body: ' '.repeat(2 << 20),
    }).then(
      (r) => r.status,
      () => 'reset',
    );
    expect([400, 'reset']).toContain(big);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { base, token } = await start();
    const res = await raw(base, '/api/listArticles', {
      method: 'POST',
      headers: { host: 'attacker.example', 'x-gloss-token': token },
      body: '{}',
    });
    expect(res.status).toBe(421);
  });
});
