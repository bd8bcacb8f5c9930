import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CONTEXT, goldenEntries } from '../../electron/main/export/seedEntries';
import { SEED_DIR } from '../../tests/helpers/tempDir';
import { filterEntries } from './filter';
import { renderExport } from './render';
import type { ExportFile } from './types';

/** Run with UPDATE_GOLDEN=1 to rewrite the fixtures after an intended change; then review the diff. */
const GOLDEN_DIR = fileURLToPath(new URL('./__golden__', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

function checkGolden(folder: string, files: readonly ExportFile[]): void {
  const dir = join(GOLDEN_DIR, folder);
  if (update) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(join(dir, file.name), file.content);
  }
  expect(existsSync(dir), `${dir} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(files.map((f) => f.name).sort()).toEqual(readdirSync(dir).sort());
  for (const file of files) expect(file.content, file.name).toBe(readFileSync(join(dir, file.name), 'utf8'));
}

const entries = filterEntries(goldenEntries(SEED_DIR), {});

const CUSTOM_TEMPLATE = `## {{title}}{{#author}} — {{author}}{{/author}}
{{! one line per highlight, Logseq style }}
{{#highlights}}
- {{highlight | oneline}}{{#note}} :: {{note | oneline}}{{/note}} {{color | tag}}
{{/highlights}}
{{^highlights}}
(no highlights)
{{/highlights}}
`;

describe('exports of the seed corpus match their golden files', () => {
  it('has annotated entries to export', () => {
    expect(entries.map((e) => e.annotations.length)).toEqual([2, 2, 2]);
  });
  it('Markdown, one combined file', () =>
    checkGolden('md-combined', renderExport('md', entries, GOLDEN_CONTEXT)));
  it('Markdown, one file per article', () =>
    checkGolden('md-per-article', renderExport('md', entries, GOLDEN_CONTEXT, { perArticle: true })));
  it('Markdown through a user template', () =>
    checkGolden('md-template', renderExport('md', entries, GOLDEN_CONTEXT, { template: CUSTOM_TEMPLATE })));
  it('W3C Web Annotation JSON', () => checkGolden('json', renderExport('json', entries, GOLDEN_CONTEXT)));
  it('Readwise CSV', () => checkGolden('csv', renderExport('csv', entries, GOLDEN_CONTEXT)));
  it('HTML page', () => checkGolden('html', renderExport('html', entries, GOLDEN_CONTEXT)));
  it('is deterministic', () => {
    for (const format of ['md', 'json', 'csv', 'html'] as const) {
      expect(renderExport(format, entries, GOLDEN_CONTEXT)).toEqual(
        renderExport(
          format,
          goldenEntries(SEED_DIR).filter((e) => e.annotations.length > 0),
          GOLDEN_CONTEXT,
        ),
      );
    }
  });
});
