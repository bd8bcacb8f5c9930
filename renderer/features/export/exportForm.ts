import type { ExportFormat } from '../../../shared/export/types';
import type { ColorId } from '../../../shared/model/annotation';
import type { InputOf } from '../../../shared/ipc/types';

/** Which articles an export takes: the one open, some chosen from the library, or all. */
export type ScopeChoice = 'current' | 'chosen' | 'library';

/** The export dialog's fields, as the user set them. */
export interface ExportForm {
  readonly format: ExportFormat;
  readonly scope: ScopeChoice;
  readonly chosenIds: readonly string[];
  readonly colors: readonly ColorId[];
  /** One tag, as typed (empty: any). */
  readonly tag: string;
  /** YYYY-MM-DD or empty. */
  readonly from: string;
  readonly to: string;
  readonly includeEmpty: boolean;
  readonly sinceLast: boolean;
  /** Markdown only: one file per article rather than one combined file. */
  readonly perArticle: boolean;
  /** Markdown only: the layout; null while it is the default. */
  readonly template: string | null;
}

export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  md: 'Markdown',
  json: 'JSON',
  csv: 'CSV',
  html: 'HTML',
};

export const FORMAT_HINTS: Readonly<Record<ExportFormat, string>> = {
  md: 'For Obsidian, Logseq and other notes apps',
  json: 'W3C Web Annotations; Gloss imports it back',
  csv: 'Columns Readwise imports',
  html: 'A page to read or print',
};

export function initialForm(currentArticleId: string | null): ExportForm {
  return {
    format: 'md',
    scope: currentArticleId === null ? 'library' : 'current',
    chosenIds: [],
    colors: [],
    tag: '',
    from: '',
    to: '',
    includeEmpty: false,
    sinceLast: false,
    perArticle: false,
    template: null,
  };
}

export type ExportCall = Exclude<InputOf<'exportNotes'>, undefined>;

export type FormCheck =
  { readonly ok: true; readonly request: ExportCall } | { readonly ok: false; readonly problem: string };

/** The request the form describes (without a destination), or what is missing, in plain words. */
export function exportRequest(form: ExportForm, currentArticleId: string | null): FormCheck {
  let scope: ExportCall['scope'];
  if (form.scope === 'library') scope = 'library';
  else if (form.scope === 'current') {
    if (currentArticleId === null)
      return { ok: false, problem: 'Open an article to export its notes, or choose another scope.' };
    scope = { articleIds: [currentArticleId] };
  } else {
    if (form.chosenIds.length === 0) return { ok: false, problem: 'Choose at least one article.' };
    scope = { articleIds: [...form.chosenIds] };
  }
  if (form.from !== '' && form.to !== '' && form.from > form.to) {
    return { ok: false, problem: 'The date range ends before it starts.' };
  }
  const tag = form.tag.trim();
  const markdown = form.format === 'md';
  return {
    ok: true,
    request: {
      format: form.format,
      scope,
      filters: {
        ...(form.colors.length > 0 ? { colors: [...form.colors] } : {}),
        ...(tag !== '' ? { tags: [tag.replace(/^#/u, '')] } : {}),
        ...(form.from !== '' ? { from: form.from } : {}),
        ...(form.to !== '' ? { to: form.to } : {}),
        includeEmpty: form.includeEmpty,
        sinceLast: form.sinceLast,
      },
      perArticle: markdown && form.perArticle,
      ...(markdown && form.template !== null ? { template: form.template } : {}),
    },
  };
}

/** "3 articles, 12 highlights" */
export function countsText(articles: number, annotations: number): string {
  const a = `${articles.toLocaleString('en')} ${articles === 1 ? 'article' : 'articles'}`;
  const n = `${annotations.toLocaleString('en')} ${annotations === 1 ? 'highlight' : 'highlights'}`;
  return `${a}, ${n}`;
}
