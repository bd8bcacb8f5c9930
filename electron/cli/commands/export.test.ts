import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { annotatedLibrary } from '../../main/export/exportTestSupport';
import { runCli } from '../index';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function library(): { dataDir: string; stage: string } {
  const dataDir = tempDir();
  const lib = annotatedLibrary(dataDir, SEED_DIR);
  const { stage } = lib;
  lib.library.close();
  return { dataDir, stage };
}

describe('gloss export', () => {
  it('writes each format to --out', async () => {
    const { dataDir } = library();
    const dir = tempDir();
    for (const format of ['md', 'json', 'csv', 'html']) {
      const out = join(dir, `notes.${format}`);
      const res = await cli('export', '--format', format, '--out', out, '--data-dir', dataDir);
      expect(res).toMatchObject({ code: 0, err: '' });
      expect(res.out).toContain(`Wrote ${out}`);
      expect(res.out).toContain('4 annotations from 3 articles.');
    }
    expect(readFileSync(join(dir, 'notes.csv'), 'utf8')).toMatch(
      /^Highlight,Title,Author,URL,Note,Location,Date\r\n/u,
    );
    expect(JSON.parse(readFileSync(join(dir, 'notes.json'), 'utf8'))).toMatchObject({
      type: 'AnnotationCollection',
      total: 4,
    });
  });

  it('filters by article, colour and tag, prints to stdout without --out, and takes a template', async () => {
    const { dataDir, stage } = library();
    const one = await cli(
      'export',
      '--format',
      'md',
      '--article',
      stage,
      '--color',
      'yellow',
      '--data-dir',
      dataDir,
    );
    expect(one.code).toBe(0);
    expect(one.out).toContain('> new development stage');
    expect(one.out).not.toContain('new parties');
    const tagged = await cli(
      'export',
      '--format',
      'csv',
      '--tag',
      'senate',
      '--tag',
      'nothing',
      '--data-dir',
      dataDir,
    );
    expect(tagged.out.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
    const template = join(tempDir(), 'one-line.mustache');
    writeFileSync(template, '{{#highlights}}* {{highlight}} ({{color}})\n{{/highlights}}');
    const custom = await cli('export', '--format', 'md', '--template', template, '--data-dir', dataDir);
    expect(custom.out).toContain('* new development stage (Key claim)');
  });

  it('writes one file per article into a folder, and only what changed with --since-last', async () => {
    const { dataDir } = library();
    const folder = join(tempDir(), 'vault');
    const first = await cli(
      'export',
      '--format',
      'md',
      '--per-article',
      '--since-last',
      '--out',
      folder,
      '--data-dir',
      dataDir,
    );
    expect(first.code).toBe(0);
    expect(readdirSync(folder)).toHaveLength(3);
    const second = await cli(
      'export',
      '--format',
      'md',
      '--per-article',
      '--since-last',
      '--out',
      folder,
      '--data-dir',
      dataDir,
    );
    expect(second.out).toBe('0 annotations from 0 articles.');
  });

  it('rejects bad options with usage', async () => {
    const { dataDir } = library();
    expect(await cli('export', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/needs --format/u) as string,
    });
    expect(await cli('export', '--format', 'pdf', '--data-dir', dataDir)).toMatchObject({ code: 2 });
    expect(await cli('export', '--format', 'md', '--color', 'teal', '--data-dir', dataDir)).toMatchObject({
      code: 2,
    });
    expect(await cli('export', '--format', 'md', '--per-article', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/name a folder/u) as string,
    });
    expect(
      await cli('export', '--format', 'md', '--template', join(tempDir(), 'missing'), '--data-dir', dataDir),
    ).toMatchObject({ code: 1 });
    const badTemplate = join(tempDir(), 'bad.mustache');
    writeFileSync(badTemplate, '{{#highlights}}');
    expect(
      await cli('export', '--format', 'md', '--template', badTemplate, '--data-dir', dataDir),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/line 1: \{\{#highlights\}\} is never closed/u) as string,
    });
  });
});
