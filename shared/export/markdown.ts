import { FileNamer } from './fileNames';
import { articleFields, type ArticleFields } from './fields';
import { hashTags, slugify } from './slug';
import {
  compileTemplate,
  renderTemplate,
  type CompiledTemplate,
  type TemplateScope,
  type TemplateSpec,
} from './template';
import type { ExportContext, ExportEntry, ExportFile } from './types';
import { yamlDate, yamlString } from './yaml';

/**
 * The default layout of each article: its title, then every highlight as a blockquote with the
 * note beneath and a line of tags (the colour's name first) and a link back into Gloss.
 */
export const DEFAULT_MARKDOWN_TEMPLATE = `# {{title}}
{{#highlights}}

{{highlight | quote}}
{{#note}}

{{{note}}}
{{/note}}

{{color | tag}}{{#tags}} {{{tags}}}{{/tags}}{{#location}} · ¶ {{location}}{{/location}} · [Open in Gloss]({{{link}}})
{{/highlights}}
`;

const INLINE_SPECIAL = /[\\`*_[\]<>#~$]/gu;

/**
 * Escapes text so Markdown (CommonMark, plus Obsidian's #tags, ~~strike~~ and $math$) shows it
 * literally: inline markers anywhere, list and heading markers at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SPECIAL, (c) => `\\${c}`)
        .replace(/^(\s*)([-+])(?=\s|$)/u, '$1\\$2')
        .replace(/^(\s*)([-=])(?=[-=\s]*$)/u, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/u, '$1\\$2'),
    )
    .join('\n');
}

/**
 * A note as Markdown: Gloss notes are already a small Markdown (bold, italic, code, links, lists),
 * so they pass through, except that `<` outside code spans becomes `&lt;`: a note can never turn
 * into raw HTML in the user's Markdown tool.
 */
export function noteMarkdown(note: string): string {
  return note
    .split(/(`[^`\n]*`)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&(?=[#\w]+;)/gu, '&amp;').replace(/</gu, '&lt;')))
    .join('');
}

export const MARKDOWN_TEMPLATE_SPEC: TemplateSpec = {
  fields: [
    'title',
    'source',
    'author',
    'date',
    'link',
    'tags',
    'highlight',
    'note',
    'color',
    'location',
    'created',
    'updated',
    'style',
  ],
  lists: ['highlights'],
  escape: escapeMarkdown,
};

/** Checks a user's template; throws TemplateError with the line at fault. */
export function compileMarkdownTemplate(source: string = DEFAULT_MARKDOWN_TEMPLATE): CompiledTemplate {
  return compileTemplate(source, MARKDOWN_TEMPLATE_SPEC);
}

function scopeOf(fields: ArticleFields): TemplateScope {
  return {
    title: fields.title,
    source: fields.source,
    author: fields.author,
    date: fields.date,
    link: fields.link,
    tags: hashTags(fields.tags),
    highlights: fields.highlights.map((h) => ({
      highlight: h.highlight,
      note: noteMarkdown(h.note),
      color: h.color,
      tags: hashTags(h.tags),
      location: h.location,
      link: h.link,
      created: h.created,
      updated: h.updated,
      style: h.annotation.style,
    })),
  };
}

function yamlTags(tags: readonly string[]): string {
  const slugs = [...new Set(tags.map(slugify).filter((s) => s !== ''))];
  return slugs.length === 0 ? 'tags: []' : ['tags:', ...slugs.map((s) => `  - ${yamlString(s)}`)].join('\n');
}

function frontMatter(lines: readonly (string | null)[]): string {
  return ['---', ...lines.filter((l): l is string => l !== null), '---', ''].join('\n');
}

function articleFrontMatter(fields: ArticleFields): string {
  return frontMatter([
    `title: ${yamlString(fields.title)}`,
    fields.source === null ? null : `source: ${yamlString(fields.source)}`,
    fields.author === null ? null : `author: ${yamlString(fields.author)}`,
    fields.date === null ? null : `date: ${yamlDate(fields.date)}`,
    yamlTags(fields.tags),
    `link: ${yamlString(fields.link)}`,
  ]);
}

function endWithNewline(text: string): string {
  return `${text.replace(/\n+$/u, '')}\n`;
}

export interface MarkdownOptions {
  /** One file per article, or one combined file (default). */
  readonly perArticle?: boolean;
  /** The user's template; the default when omitted. */
  readonly template?: string | undefined;
}

/** Obsidian-friendly Markdown: YAML front matter, then the template's layout of each article. */
export function toMarkdown(
  entries: readonly ExportEntry[],
  context: ExportContext,
  options: MarkdownOptions = {},
): ExportFile[] {
  const template = compileMarkdownTemplate(options.template);
  const all = entries.map((entry) => articleFields(entry, context));
  const body = (fields: ArticleFields): string => endWithNewline(renderTemplate(template, scopeOf(fields)));
  if (options.perArticle === true) {
    const names = new FileNamer();
    return all.map((fields) => ({
      name: names.take(fields.title, '.md'),
      content: `${articleFrontMatter(fields)}\n${body(fields)}`,
      mediaType: 'text/markdown',
    }));
  }
  const date = context.exportedAt.slice(0, 10);
  const header = frontMatter([
    `title: ${yamlString('Gloss highlights')}`,
    `date: ${yamlDate(date)}`,
    yamlTags(all.flatMap((f) => f.tags)),
  ]);
  return [
    {
      name: `Gloss highlights ${date}.md`,
      content: `${header}\n${all.map(body).join('\n')}`,
      mediaType: 'text/markdown',
    },
  ];
}
