/**
 * A tiny mustache-like template language for user-editable export layouts. It only substitutes
 * named fields and shows or repeats sections; it has no expressions, calls or includes, so a
 * template cannot run code or reach anything but the fields it is given.
 *
 *   {{field}}             the field, escaped for the output format
 *   {{{field}}} {{&field}} the field as it is
 *   {{field | f | g}}     then through filters: quote, oneline, upper, lower, slug, tag
 *   {{#name}}…{{/name}}   shown when the field is non-empty; repeated for each item of a list
 *   {{^name}}…{{/name}}   shown when the field is empty
 *   {{! comment }}
 * A line holding only a section tag or a comment leaves no blank line behind.
 */
import { slugify } from './slug';

export const TEMPLATE_MAX_LENGTH = 20_000;
const MAX_DEPTH = 8;

export type TemplateValue = string | number | null | readonly TemplateScope[];
export interface TemplateScope {
  readonly [name: string]: TemplateValue;
}

export interface TemplateSpec {
  /** Names a template may use as text fields. */
  readonly fields: readonly string[];
  /** Names of list fields, usable only as sections. */
  readonly lists: readonly string[];
  /** How `{{field}}` escapes text for the output format. */
  readonly escape: (text: string) => string;
}

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Template line ${line}: ${message}`);
    this.name = 'TemplateError';
  }
}

const FILTERS: Readonly<Record<string, (text: string) => string>> = {
  quote: (text) =>
    text
      .split('\n')
      .map((line) => (line === '' ? '>' : `> ${line}`))
      .join('\n'),
  oneline: (text) => text.replace(/\s+/gu, ' ').trim(),
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
  slug: (text) => slugify(text),
  tag: (text) => {
    const slug = slugify(text);
    return slug === '' ? '' : `#${slug}`;
  },
};

type TemplateNode =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'field';
      readonly name: string;
      readonly raw: boolean;
      readonly filters: readonly string[];
    }
  | {
      readonly kind: 'section';
      readonly name: string;
      readonly inverted: boolean;
      readonly children: readonly TemplateNode[];
    };

type Token =
  { type: 'text'; value: string } | { type: 'tag'; sigil: string; body: string; raw: boolean; line: number };

export interface CompiledTemplate {
  readonly nodes: readonly TemplateNode[];
  readonly spec: TemplateSpec;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    if (open < 0) {
      tokens.push({ type: 'text', value: source.slice(pos) });
      break;
    }
    if (open > pos) tokens.push({ type: 'text', value: source.slice(pos, open) });
    line += countNewlines(source, pos, open);
    const triple = source.startsWith('{{{', open);
    const closer = triple ? '}}}' : '}}';
    const close = source.indexOf(closer, open + closer.length);
    if (close < 0) throw new TemplateError(`"${closer === '}}}' ? '{{{' : '{{'}" is never closed.`, line);
    let inner = source.slice(open + closer.length, close).trim();
    let sigil = '';
    if (!triple && /^[#^/!&]/u.test(inner)) {
      sigil = inner[0] ?? '';
      inner = inner.slice(1).trim();
    }
    tokens.push({ type: 'tag', sigil, body: inner, raw: triple || sigil === '&', line });
    line += countNewlines(source, open, close);
    pos = close + closer.length;
  }
  stripStandaloneLines(tokens);
  return tokens;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const BLANK = /^[ \t\r]*$/u;

/** Removes the line of every section, close or comment tag that stands alone on its line. */
function stripStandaloneLines(tokens: Token[]): void {
  const cutStart = new Map<number, number>();
  const cutEnd = new Map<number, number>();
  tokens.forEach((token, i) => {
    if (token.type !== 'tag' || !['#', '^', '/', '!'].includes(token.sigil)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let endAt: number | null = null;
    if (prev === undefined) endAt = 0;
    else if (prev.type === 'text') {
      const nl = prev.value.lastIndexOf('\n');
      if (nl >= 0 && BLANK.test(prev.value.slice(nl + 1))) endAt = nl + 1;
      else if (nl < 0 && i === 1 && BLANK.test(prev.value)) endAt = 0;
    }
    let startAt: number | null = null;
    if (next === undefined) startAt = 0;
    else if (next.type === 'text') {
      const nl = next.value.indexOf('\n');
      if (nl >= 0 && BLANK.test(next.value.slice(0, nl))) startAt = nl + 1;
      else if (nl < 0 && i + 2 === tokens.length && BLANK.test(next.value)) startAt = next.value.length;
    }
    if (endAt === null || startAt === null) return;
    if (prev) cutEnd.set(i - 1, endAt);
    if (next) cutStart.set(i + 1, startAt);
  });
  tokens.forEach((token, i) => {
    if (token.type !== 'text') return;
    const from = cutStart.get(i) ?? 0;
    const to = cutEnd.get(i) ?? token.value.length;
    token.value = token.value.slice(from, Math.max(from, to));
  });
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/u;

/** Parses and checks a template against the fields it may use; throws TemplateError naming the line. */
export function compileTemplate(source: string, spec: TemplateSpec): CompiledTemplate {
  if (source.length > TEMPLATE_MAX_LENGTH) {
    throw new TemplateError(`a template may be at most ${TEMPLATE_MAX_LENGTH} characters long.`, 1);
  }
  const fields = new Set(spec.fields);
  const lists = new Set(spec.lists);
  const root: TemplateNode[] = [];
  const stack: { name: string; inverted: boolean; children: TemplateNode[]; line: number }[] = [];
  const current = (): TemplateNode[] => stack[stack.length - 1]?.children ?? root;

  for (const token of tokenize(source)) {
    if (token.type === 'text') {
      if (token.value !== '') current().push({ kind: 'text', text: token.value });
      continue;
    }
    const { sigil, line } = token;
    if (sigil === '!') continue;
    if (sigil === '#' || sigil === '^' || sigil === '/') {
      const name = token.body;
      if (!fields.has(name) && !lists.has(name))
        throw new TemplateError(`there is no field called "${name}".`, line);
      if (sigil === '/') {
        const open = stack.pop();
        if (!open) throw new TemplateError(`{{/${name}}} closes no section.`, line);
        if (open.name !== name)
          throw new TemplateError(`{{/${name}}} closes {{#${open.name}}} (line ${open.line}).`, line);
        current().push({ kind: 'section', name, inverted: open.inverted, children: open.children });
        continue;
      }
      if (stack.length >= MAX_DEPTH)
        throw new TemplateError(`sections nest at most ${MAX_DEPTH} deep.`, line);
      stack.push({ name, inverted: sigil === '^', children: [], line });
      continue;
    }
    const [name = '', ...filters] = token.body.split('|').map((part) => part.trim());
    if (!NAME.test(name) || !fields.has(name)) {
      throw new TemplateError(
        lists.has(name) ? `"${name}" is a list: use it as a section.` : `there is no field called "${name}".`,
        line,
      );
    }
    for (const filter of filters) {
      if (!Object.hasOwn(FILTERS, filter))
        throw new TemplateError(`there is no filter called "${filter}".`, line);
    }
    current().push({ kind: 'field', name, raw: token.raw, filters });
  }
  const unclosed = stack.pop();
  if (unclosed) throw new TemplateError(`{{#${unclosed.name}}} is never closed.`, unclosed.line);
  return { nodes: root, spec };
}

function lookup(scopes: readonly TemplateScope[], name: string): TemplateValue | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (scope && Object.hasOwn(scope, name)) return scope[name];
  }
  return undefined;
}

function present(value: TemplateValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return true;
  return value.length > 0;
}

function renderNodes(
  nodes: readonly TemplateNode[],
  scopes: TemplateScope[],
  spec: TemplateSpec,
  out: string[],
): void {
  for (const node of nodes) {
    if (node.kind === 'text') out.push(node.text);
    else if (node.kind === 'field') {
      const value = lookup(scopes, node.name);
      if (value === null || value === undefined || typeof value === 'object') continue;
      let text = node.raw ? String(value) : spec.escape(String(value));
      for (const filter of node.filters) text = FILTERS[filter]?.(text) ?? text;
      out.push(text);
    } else {
      const value = lookup(scopes, node.name);
      if (node.inverted) {
        if (!present(value)) renderNodes(node.children, scopes, spec, out);
      } else if (Array.isArray(value)) {
        for (const item of value as readonly TemplateScope[]) {
          scopes.push(item);
          renderNodes(node.children, scopes, spec, out);
          scopes.pop();
        }
      } else if (present(value)) renderNodes(node.children, scopes, spec, out);
    }
  }
}

export function renderTemplate(template: CompiledTemplate, scope: TemplateScope): string {
  const out: string[] = [];
  renderNodes(template.nodes, [scope], template.spec, out);
  return out.join('');
}
