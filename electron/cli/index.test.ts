import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../tests/helpers/tempDir';
import { runCli } from './index';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('gloss CLI', () => {
  it('prints library stats after importing the seeds', async () => {
    const dir = tempDir();
    const res = await cli('stats', '--data-dir', dir);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/Articles\s+5/);
    const json = await cli('stats', '--json', '--data-dir', dir);
    const stats = JSON.parse(json.out) as { articles: number; blocks: number; databaseBytes: number };
    expect(stats.articles).toBe(5);
    expect(stats.blocks).toBeGreaterThan(40);
    expect(stats.databaseBytes).toBeGreaterThan(0);
  });

  it.each([
    [[], /Name a command/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['stats', '--bogus'], /Unknown option '--bogus'/],
    [['stats', 'extra'], /takes no arguments/],
  ])('exits 2 with usage on bad input %j', async (argv, message) => {
    const res = await cli(...argv, '--data-dir', tempDir());
    expect(res.code).toBe(2);
    expect(res.err).toMatch(message);
    expect(res.err).toMatch(/Usage: npm run gloss/);
  });

  it('prints help with exit 0', async () => {
    const res = await cli('--help');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/stats/);
  });

  it('keeps a damaged library aside, starts afresh and says so in plain words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'library.sqlite'), 'garbage'.repeat(1000));
    const res = await cli('stats', '--data-dir', dir);
    expect(res.code).toBe(0);
    expect(res.err).toMatch(/^gloss: warning: /);
    expect(res.out).toMatch(/Articles\s+5/);
    expect(readdirSync(dir).some((f) => /^library\.corrupt-.*\.sqlite$/.test(f))).toBe(true);
  });
});
