import { COLOR_HEX, COLOR_IDS, type ColorId } from '../model/annotation';
import { articleFields, type ArticleFields, type HighlightFields } from './fields';
import { FileNamer } from './fileNames';
import { hashTags } from './slug';
import { parseNote, type Inline, type NoteBlock } from '../text/markdownLite';
import type { ExportContext, ExportEntry, ExportFile } from './types';

/** The page may load nothing and run nothing: only its own inline style applies. */
export const EXPORT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '=': '&#61;',
};

/**
 * Escapes text for HTML content and attribute values. `=` and the colon of a `…script:` scheme are
 * encoded too (rendering the same): even the text of a hostile article then reads as no handler
 * attribute or script URL to a scanner or a confused parser.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'=]/gu, (c) => ESCAPES[c] ?? c).replace(/(script)(\s*):/giu, '$1$2&#58;');
}

function tint(hex: string, share: number): string {
  const channel = (at: number): string => {
    const value = parseInt(hex.slice(at, at + 2), 16);
    return Math.round(value * share + 255 * (1 - share))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

const COLOR_RULES = COLOR_IDS.map(
  (
    id: ColorId,
  ) => `.hl--${id} mark { background: ${tint(COLOR_HEX[id], 0.35)}; border-bottom-color: ${COLOR_HEX[id]}; }
.hl--${id} .hl__quote { border-left-color: ${COLOR_HEX[id]}; }`,
).join('\n');

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; }
h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; }
.export-meta, .article__meta, .hl__meta { font: .85rem/1.4 system-ui, sans-serif; color: #555; }
.hl { display: grid; grid-template-columns: minmax(0, 1fr) 15rem; gap: 1.5rem; margin: 1.25rem 0; break-inside: avoid; }
.hl__quote { margin: 0; padding-left: 1rem; border-left: 4px solid #999; }
.hl__quote p { margin: 0 0 .5rem; }
mark { color: inherit; padding: 0 .1em; border-bottom: 2px solid transparent; }
.hl.hl--underline mark { background: none; border-bottom-width: 3px; }
.hl__note { font: .9rem/1.45 system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: .75rem; }
.hl__note p { margin: 0 0 .4rem; }
.hl__note ul, .hl__note ol { margin: 0 0 .4rem; padding-left: 1.2rem; }
.hl__note code { font: .85em ui-monospace, monospace; background: #f2f0eb; padding: 0 .2em; }
.hl__url { color: #666; word-break: break-all; }
.hl__tags { color: #333; }
a { color: #0b57d0; }
@media (max-width: 40rem) { .hl { grid-template-columns: 1fr; } .hl__note { border-left: 0; padding-left: 1rem; } }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
${COLOR_RULES}
`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function humanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2] ?? ''} ${match[1] ?? ''}`;
}

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'break':
          return '<br>';
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(node.children)}</em>`;
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'link':
          // As in the reader: the text and its address, never a live link out of a saved page.
          return `${escapeHtml(node.text)} <span class="hl__url">(${escapeHtml(node.url)})</span>`;
      }
    })
    .join('');
}

/** A note's small Markdown (shared/text/markdownLite) as escaped HTML. */
function noteHtml(note: string): string {
  return parseNote(note)
    .map((block: NoteBlock) =>
      block.type === 'paragraph'
        ? `<p>${inlineHtml(block.children)}</p>`
        : `<${block.ordered ? 'ol' : 'ul'}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${block.ordered ? 'ol' : 'ul'}>`,
    )
    .join('');
}

function highlightHtml(h: HighlightFields): string {
  const quote = h.highlight
    .split(/\n{2,}/u)
    .map((p) => `<p><mark>${escapeHtml(p)}</mark></p>`)
    .join('');
  const tags = hashTags(h.tags);
  const meta = [
    escapeHtml(h.color),
    h.location === null ? null : `¶ ${h.location}`,
    `<a href="${escapeHtml(h.link)}">Open in Gloss</a>`,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
  return [
    `<section class="hl hl--${h.annotation.color} hl--${h.annotation.style}" id="annotation-${escapeHtml(h.id)}">`,
    `<blockquote class="hl__quote">${quote}</blockquote>`,
    `<aside class="hl__note">${h.note === '' ? '' : noteHtml(h.note)}${tags === '' ? '' : `<p class="hl__tags">${escapeHtml(tags)}</p>`}<p class="hl__meta">${meta}</p></aside>`,
    '</section>',
  ].join('\n');
}

function articleHtml(fields: ArticleFields): string {
  const meta = [fields.source, fields.author, fields.date === null ? null : humanDate(fields.date)]
    .filter((part): part is string => part !== null && part !== '')
    .map(escapeHtml)
    .join(' · ');
  return [
    `<article class="article" id="article-${escapeHtml(fields.id)}">`,
    `<h2>${escapeHtml(fields.title)}</h2>`,
    meta === '' ? '' : `<p class="article__meta">${meta}</p>`,
    ...fields.highlights.map(highlightHtml),
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function page(title: string, intro: string, articles: readonly ArticleFields[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gloss">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="export-meta">${escapeHtml(intro)}</p>
</header>
<main>
${articles.map(articleHtml).join('\n')}
</main>
</body>
</html>
`;
}

function countLine(articles: readonly ArticleFields[], exportedAt: string): string {
  const highlights = articles.reduce((n, a) => n + a.highlights.length, 0);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(highlights, 'highlight')} from ${plural(articles.length, 'article')}, exported ${humanDate(exportedAt)}`;
}

export interface HtmlOptions {
  readonly perArticle?: boolean;
}

/** A self-contained, printable page: highlights in their colours, notes in the margin, no script. */
export function toHtml(
  entries: readonly ExportEntry[],
  context: ExportContext,
  options: HtmlOptions = {},
): ExportFile[] {
  const all = entries.map((entry) => articleFields(entry, context));
  if (options.perArticle === true) {
    const names = new FileNamer();
    return all.map((fields) => ({
      name: names.take(fields.title, '.html'),
      content: page(fields.title, countLine([fields], context.exportedAt), [fields]),
      mediaType: 'text/html',
    }));
  }
  return [
    {
      name: `Gloss highlights ${context.exportedAt.slice(0, 10)}.html`,
      content: page('Gloss highlights', countLine(all, context.exportedAt), all),
      mediaType: 'text/html',
    },
  ];
}
