import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ExportContext, ExportEntry, ExportFile, ExportFormat } from './types';
import { toJson } from './webAnnotation';

export interface RenderOptions {
  /** One file per article (Markdown and HTML only). */
  readonly perArticle?: boolean | undefined;
  /** A Markdown template; the default when omitted. */
  readonly template?: string | undefined;
}

/** The files an export of these entries makes in a format. Pure: same input, same bytes. */
export function renderExport(
  format: ExportFormat,
  entries: readonly ExportEntry[],
  context: ExportContext,
  options: RenderOptions = {},
): ExportFile[] {
  switch (format) {
    case 'md':
      return toMarkdown(entries, context, {
        perArticle: options.perArticle === true,
        template: options.template,
      });
    case 'json':
      return toJson(entries, context);
    case 'csv':
      return toCsv(entries, context);
    case 'html':
      return toHtml(entries, context, { perArticle: options.perArticle === true });
  }
}

export const FORMAT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  md: '.md',
  json: '.json',
  csv: '.csv',
  html: '.html',
};
