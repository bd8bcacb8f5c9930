import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExportNotesInput } from '../../../shared/export/inputs';
import { EXPORT_FORMATS } from '../../../shared/export/types';
import { exportNotes } from '../../main/export/exportNotes';
import { UsageError } from '../args';
import type { CliValues, Command } from '../command';

function list(values: CliValues, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
}

function text(values: CliValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The command line as a contract request, validated by the same schema the app's calls go through. */
function requestFrom(values: CliValues) {
  const format = text(values, 'format');
  if (format === undefined) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}.`);
  const articleIds = list(values, 'article');
  const templateFile = text(values, 'template');
  const out = text(values, 'out');
  const parsed = ExportNotesInput.safeParse({
    format,
    scope: articleIds ? { articleIds } : 'library',
    filters: {
      colors: list(values, 'color'),
      tags: list(values, 'tag'),
      from: text(values, 'from'),
      to: text(values, 'to'),
      includeEmpty: values['include-empty'] === true || undefined,
      sinceLast: values['since-last'] === true || undefined,
    },
    template: templateFile === undefined ? undefined : readFileSync(resolve(templateFile), 'utf8'),
    perArticle: values['per-article'] === true,
    path: out === undefined || out === '-' ? undefined : resolve(out),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `Bad export options: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}.`,
    );
  }
  return parsed.data;
}

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export --format md|json|csv|html [--article ID]… [--color C]… [--tag T]… [--from DAY] [--to DAY]\n' +
    '         [--include-empty] [--since-last] [--per-article] [--template FILE] [--out PATH]\n' +
    '                             export annotations (to stdout without --out)',
  options: {
    format: { type: 'string' },
    article: { type: 'string', multiple: true },
    color: { type: 'string', multiple: true },
    tag: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    'include-empty': { type: 'boolean' },
    'since-last': { type: 'boolean' },
    'per-article': { type: 'boolean' },
    template: { type: 'string' },
    out: { type: 'string' },
  },
  run({ library, args, values, io }) {
    if (args.length > 0)
      throw new UsageError(`export takes no arguments, not "${args.join(' ')}"; name the file with --out.`);
    const request = requestFrom(values);
    if (request.path === undefined && request.perArticle)
      throw new UsageError('--per-article writes one file per article: name a folder with --out.');
    const result = exportNotes(library.db, request);
    if (values.json === true) {
      io.out(
        JSON.stringify(
          { ...result, files: result.files.map((file) => ({ ...file, content: null })) },
          null,
          2,
        ),
      );
      return 0;
    }
    if (request.path === undefined) {
      io.out((result.files[0]?.content ?? '').replace(/\r?\n$/u, ''));
      return 0;
    }
    for (const file of result.files) io.out(`Wrote ${file.path ?? file.name} (${file.bytes} bytes)`);
    io.out(
      `${result.annotations} annotation${result.annotations === 1 ? '' : 's'} from ${result.articles} article${result.articles === 1 ? '' : 's'}.`,
    );
    return 0;
  },
};
