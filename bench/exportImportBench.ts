/**
 * Import and export figures: 1,000 generated HTML files of news-page size imported through the
 * whole pipeline (decode, parse, Readability, DOMPurify, blocks, SQLite), and a 10,000-article
 * library with 20,000 annotations exported to Markdown. Data is generated deterministically.
 * Run alone with `npx tsx bench/exportImportBench.ts [--import-only] [--files N]`; with
 * GLOSS_IMPORT_WORKERS=0 every file is read on the main thread (importing/readPool.ts), for comparison.
 */
import type { Database } from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describe as describeRange } from '../shared/anchoring';
import { ExportNotesInput } from '../shared/export/inputs';
import { renderExport } from '../shared/export/render';
import { COLOR_IDS } from '../shared/model/annotation';
import { articleText } from '../electron/main/annotations/articleText';
import { insertAnnotation } from '../electron/main/annotations/store';
import { importTexts } from '../electron/main/corpus/importTexts';
import { LIBRARY_FILE, openDatabase } from '../electron/main/db/openDatabase';
import { collectEntries } from '../electron/main/export/collect';
import { exportNotes } from '../electron/main/export/exportNotes';
import { importFiles } from '../electron/main/importing/importFiles';
import { warmFileReaders } from '../electron/main/importing/readPool';
import { createRandom, generateArticles } from './corpus';
import type { BenchRow } from './types';

const HTML_FILES = 1_000;
const LIBRARY_ARTICLES = 10_000;
const ANNOTATIONS_PER_ARTICLE = 2;
const CLOCK = { now: () => '2024-06-01T12:00:00.000Z', newId: () => '00000000-0000-4000-8000-0000000b0001' };

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A news page around an article: head scripts and styles, navigation, teasers, footer, as real pages have. */
export function newsPageForProfile(raw: string, index: number, random: () => number): string {
  return newsPage(raw, index, random);
}

function newsPage(raw: string, index: number, random: () => number): string {
  const [title = 'Untitled', ...rest] = raw
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const nav = Array.from(
    { length: 60 },
    (_, k) => `<li class="nav__item"><a class="nav__link" href="/section/${k}">Section ${k}</a></li>`,
  ).join('');
  const teasers = Array.from(
    { length: 12 },
    (_, k) =>
      `<div class="teaser"><a href="/story/${index}-${k}"><img src="/img/${k}.jpg" alt=""><h3>Related story ${k} about the region</h3></a><p>${escape((rest[k % rest.length] ?? '').slice(0, 160))}</p></div>`,
  ).join('');
  const body = rest
    .map((p) =>
      p.length < 60 && !p.endsWith('.')
        ? `<h2>${escape(p)}</h2>`
        : p.includes('Photo credit')
          ? `<figure><img src="/p.jpg" alt=""><figcaption>${escape(p)}</figcaption></figure>`
          : `<p>${escape(p)}</p>`,
    )
    .join('\n');
  // Most of a real page's weight is script: analytics and a JSON state blob the site hydrates from.
  const state = JSON.stringify({
    id: index,
    title,
    related: Array.from({ length: 40 }, (_, k) => ({
      id: `${index}-${k}`,
      headline: `Related story ${k}`,
      summary: (rest[k % rest.length] ?? '').slice(0, 300),
      tags: ['region', 'economy', 'politics'],
    })),
  });
  const tracking =
    `<script id="__STATE__" type="application/json">${escape(state)}</script>\n` +
    Array.from(
      { length: 6 },
      (_, k) =>
        `<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view',id:${index},slot:${k},r:${random().toFixed(6)}});function track${k}(e){return e&&e.target?e.target.id:null}</script>`,
    ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | The Steppe Herald</title>
<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="The Steppe Herald">
<meta name="author" content="Staff reporter ${index % 37}"><meta property="article:published_time" content="2023-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}T08:00:00Z">
<style>${'.nav__item{display:inline-block;margin:0 .5rem}.teaser{float:left;width:30%}'.repeat(40)}</style>
${tracking}
</head><body class="article-page">
<header class="site-header"><div class="logo">The Steppe Herald</div><nav class="main-nav"><ul>${nav}</ul></nav></header>
<div class="cookie-banner">We use cookies. <button onclick="accept()">Accept</button></div>
<main><article class="story"><h1>${escape(title)}</h1><p class="byline">By Staff reporter ${index % 37}</p>
${body}
</article><aside class="related"><h2>Related</h2>${teasers}</aside></main>
<footer><ul>${nav}</ul><p>© 2023 The Steppe Herald. All rights reserved.</p></footer>
</body></html>`;
}

/** One import of `folder` into a new library: its rate, and the CPU time per file (all threads). */
async function timeImport(root: string, name: string, folder: string, files: number) {
  const db = openDatabase(join(root, name, LIBRARY_FILE));
  try {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = await importFiles(db, [folder]);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (report.created !== files)
      throw new Error(`bench import: ${report.failed} failed, ${report.duplicates} duplicates`);
    return { rate: files / seconds, cpuMsPerFile: (cpu.user + cpu.system) / 1000 / files };
  } finally {
    db.close();
  }
}

async function benchImport(root: string, files = HTML_FILES): Promise<BenchRow[]> {
  const folder = join(root, 'html');
  mkdirSync(folder);
  const random = createRandom(99);
  let bytes = 0;
  generateArticles(files, 99).forEach((article, i) => {
    const html = newsPage(article.raw, i, random);
    bytes += Buffer.byteLength(html);
    writeFileSync(join(folder, `page-${String(i).padStart(4, '0')}.html`), html);
  });
  // Readers made ready first, as File › Import does while the user picks (warmFileReaders); this
  // thread's JIT is cold for it. Then the same import with nothing made ready (this thread warm).
  await warmFileReaders();
  const warm = await timeImport(root, 'warm', folder, files);
  const cold = await timeImport(root, 'cold', folder, files);
  return [
    { name: 'import HTML: page size (mean)', value: bytes / files / 1024, unit: 'KiB' },
    {
      name: `import HTML: ${files} files, sanitized, stored (readers ready, as File › Import makes them)`,
      value: warm.rate,
      unit: 'files/s',
      target: '≥ 200',
    },
    // CPU time (GC threads included) says less about other load on the machine than wall time does.
    { name: 'import HTML: CPU time per file', value: warm.cpuMsPerFile, unit: 'ms' },
    {
      name: `import HTML: ${files} files, readers started by the import (run second)`,
      value: cold.rate,
      unit: 'files/s',
    },
  ];
}

/** The 10,000-article library, each article with two annotations inserted directly. */
function buildLibrary(db: Database): void {
  const articles = generateArticles(LIBRARY_ARTICLES, 7);
  for (let i = 0; i < articles.length; i += 500) {
    const report = importTexts(db, articles.slice(i, i + 500), '2024-01-01T00:00:00.000Z');
    if (report.failed.length > 0) throw new Error(`bench library: ${report.failed[0]?.message ?? ''}`);
  }
  const random = createRandom(11);
  const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[];
  db.transaction(() => {
    let n = 0;
    for (const articleId of ids) {
      const text = articleText(db, articleId);
      for (let k = 0; k < ANNOTATIONS_PER_ARTICLE; k++, n++) {
        const start = Math.floor(random() * Math.max(1, text.length - 200));
        const { quote, position } = describeRange(text, start, start + 40 + Math.floor(random() * 120));
        const at = `2024-0${1 + (n % 9)}-1${n % 10}T10:00:00.000Z`;
        insertAnnotation(db, {
          id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
          articleId,
          quote,
          position,
          color: COLOR_IDS[n % COLOR_IDS.length] ?? 'yellow',
          style: n % 7 === 0 ? 'underline' : 'highlight',
          note: n % 3 === 0 ? `Note ${n}: worth *checking* against the <b>budget</b> figures.` : '',
          tags: n % 4 === 0 ? ['budget', `topic-${n % 50}`] : [],
          anchor: 'exact',
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
      }
    }
  })();
}

function benchExport(root: string): BenchRow[] {
  const db = openDatabase(join(root, 'export', LIBRARY_FILE));
  try {
    buildLibrary(db);
    const out = join(root, 'notes.md');
    let started = performance.now();
    const result = exportNotes(db, ExportNotesInput.parse({ format: 'md', path: out }), CLOCK);
    const combined = (performance.now() - started) / 1000;
    if (result.annotations !== LIBRARY_ARTICLES * ANNOTATIONS_PER_ARTICLE)
      throw new Error(`bench export: ${result.annotations} annotations`);

    started = performance.now();
    const entries = collectEntries(db, 'library');
    const files = renderExport(
      'md',
      entries,
      {
        colorNames: {
          yellow: 'Key claim',
          orange: 'Question',
          red: 'Disagree',
          purple: 'Definition',
          blue: 'Evidence',
          green: 'Agree',
        },
        exportedAt: CLOCK.now(),
        exportId: CLOCK.newId(),
      },
      { perArticle: true },
    );
    const perArticle = (performance.now() - started) / 1000;

    started = performance.now();
    exportNotes(db, ExportNotesInput.parse({ format: 'json', path: join(root, 'notes.json') }), CLOCK);
    const json = (performance.now() - started) / 1000;
    return [
      {
        name: `export Markdown: ${LIBRARY_ARTICLES} articles, ${result.annotations} annotations, one file written`,
        value: combined,
        unit: 's',
        target: '≤ 3',
      },
      { name: 'export Markdown: file size', value: statSync(out).size / (1024 * 1024), unit: 'MiB' },
      {
        name: `export Markdown: one file per article (${files.length} files, rendered)`,
        value: perArticle,
        unit: 's',
        target: '≤ 3',
      },
      { name: 'export W3C JSON: same library, one file written', value: json, unit: 's' },
    ];
  } finally {
    db.close();
  }
}

export async function benchExportImport(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'gloss-bench-io-'));
  try {
    const rows = await benchImport(root);
    rows.push(...benchExport(root));
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'import-only': { type: 'boolean', default: false },
      files: { type: 'string', default: String(HTML_FILES) },
    },
  });
  if (values['import-only']) {
    const root = mkdtempSync(join(tmpdir(), 'gloss-bench-import-'));
    try {
      console.table(await benchImport(root, Number(values.files)));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  } else console.table(await benchExportImport());
}
