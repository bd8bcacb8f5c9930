import {
  ANNOTATION_STYLES,
  COLOR_IDS,
  NOTE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_MAX,
  type AnnotationStyle,
  type ColorId,
  type TextQuoteSelector,
} from '../model/annotation';
import { articleIdFromLink } from './links';

/** Most annotations one file may bring in. */
export const IMPORT_ANNOTATIONS_MAX = 200_000;

/** An annotation read from a W3C Web Annotation document, before it is matched to an article. */
export interface ImportedAnnotation {
  /** The annotation's id as written (`urn:uuid:…`, a URL…), or null. */
  readonly id: string | null;
  /** The target's source IRIs (`gloss://article/ID`, a page URL…). */
  readonly sources: readonly string[];
  /** The article's title where the document states it. */
  readonly title: string | null;
  readonly quote: TextQuoteSelector;
  readonly position: { readonly start: number; readonly end: number } | null;
  readonly color: ColorId | null;
  readonly style: AnnotationStyle | null;
  readonly note: string;
  readonly tags: readonly string[];
  readonly created: string | null;
  readonly modified: string | null;
}

export interface ReadResult {
  readonly annotations: readonly ImportedAnnotation[];
  /** One line per item skipped or changed, for the report. */
  readonly problems: readonly string[];
}

type Obj = Readonly<Record<string, unknown>>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

function hasType(value: Obj, type: string): boolean {
  return asArray(value.type).includes(type);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function idOf(value: unknown): string | null {
  return str(value) ?? (isObj(value) ? (str(value.id) ?? str(value['@id'])) : null);
}

/** A timestamp kept as written when it is already ISO 8601 in UTC, else normalized; null when unreadable. */
function timestamp(value: unknown): string | null {
  const text = str(value);
  if (text === null) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/u.test(text)) return text;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function annotationItems(doc: unknown): readonly unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObj(doc)) return [];
  if (hasType(doc, 'Annotation')) return [doc];
  if (hasType(doc, 'AnnotationPage')) return asArray(doc.items);
  const first = doc.first;
  if (isObj(first)) return asArray(first.items);
  return asArray(doc.items);
}

/** Titles stated in a Gloss export's article list, by source IRI. */
function articleTitles(doc: unknown): Map<string, string> {
  const titles = new Map<string, string>();
  if (!isObj(doc)) return titles;
  for (const article of asArray(doc['gloss:articles'])) {
    if (!isObj(article)) continue;
    const id = idOf(article);
    const title = str(article.title);
    if (id !== null && title !== null) titles.set(id, title);
  }
  return titles;
}

interface Selectors {
  quote: TextQuoteSelector | null;
  position: { start: number; end: number } | null;
}

function readSelectors(target: Obj): Selectors {
  const found: Selectors = { quote: null, position: null };
  for (const selector of asArray(target.selector)) {
    if (!isObj(selector)) continue;
    if (hasType(selector, 'TextQuoteSelector') && found.quote === null) {
      const exact = str(selector.exact);
      if (exact !== null && exact !== '') {
        found.quote = {
          type: 'TextQuoteSelector',
          exact,
          prefix: str(selector.prefix) ?? '',
          suffix: str(selector.suffix) ?? '',
        };
      }
    } else if (hasType(selector, 'TextPositionSelector') && found.position === null) {
      const { start, end } = selector;
      if (
        Number.isSafeInteger(start) &&
        Number.isSafeInteger(end) &&
        (start as number) >= 0 &&
        (end as number) > (start as number)
      ) {
        found.position = { start: start as number, end: end as number };
      }
    }
  }
  return found;
}

interface Bodies {
  notes: string[];
  tags: string[];
}

function readBodies(item: Obj): Bodies {
  const bodies: Bodies = { notes: [], tags: [] };
  const bodyValue = str(item.bodyValue);
  if (bodyValue !== null && bodyValue !== '') bodies.notes.push(bodyValue);
  for (const body of asArray(item.body)) {
    if (!isObj(body)) continue;
    const value = str(body.value) ?? str(body.chars);
    if (value === null || value === '') continue;
    if (asArray(body.purpose).includes('tagging')) bodies.tags.push(value);
    else bodies.notes.push(value);
  }
  return bodies;
}

function readItem(
  item: unknown,
  index: number,
  titles: ReadonlyMap<string, string>,
  problems: string[],
): ImportedAnnotation | null {
  const where = `Annotation ${index + 1}`;
  if (!isObj(item) || !hasType(item, 'Annotation')) {
    problems.push(`${where} is not a W3C Annotation; skipped.`);
    return null;
  }
  const target = asArray(item.target).find((t): t is Obj => isObj(t) && t.selector !== undefined);
  const selectors = target ? readSelectors(target) : { quote: null, position: null };
  if (!target || selectors.quote === null) {
    problems.push(`${where} has no text quote to anchor; skipped.`);
    return null;
  }
  const sources = asArray(target.source)
    .map(idOf)
    .filter((s): s is string => s !== null);
  const sourceObj = isObj(target.source) ? target.source : null;
  const documentTitle = isObj(item.document)
    ? asArray(item.document.title)
        .map(str)
        .find((t) => t !== null)
    : null;
  const title =
    sources.map((s) => titles.get(s)).find((t) => t !== undefined) ??
    str(sourceObj?.title) ??
    documentTitle ??
    null;

  const { notes, tags: rawTags } = readBodies(item);
  const note = notes.join('\n\n');
  if (note.length > NOTE_MAX_LENGTH) {
    problems.push(`${where}: its note is longer than ${NOTE_MAX_LENGTH} characters; skipped.`);
    return null;
  }
  const tags = rawTags
    .map((t) => t.trim().replace(/\s+/gu, ' '))
    .filter((t) => t !== '' && t.length <= TAG_MAX_LENGTH);
  if (tags.length < rawTags.length)
    problems.push(`${where}: tags longer than ${TAG_MAX_LENGTH} characters were left out.`);
  if (tags.length > TAGS_MAX) problems.push(`${where}: only its first ${TAGS_MAX} tags were kept.`);

  const color = str(item['gloss:color']);
  const style = str(item['gloss:style']);
  return {
    id: idOf(item),
    sources,
    title,
    quote: selectors.quote,
    position: selectors.position,
    color: color !== null && (COLOR_IDS as readonly string[]).includes(color) ? (color as ColorId) : null,
    style:
      style !== null && (ANNOTATION_STYLES as readonly string[]).includes(style)
        ? (style as AnnotationStyle)
        : null,
    note,
    tags: tags.slice(0, TAGS_MAX),
    created: timestamp(item.created),
    modified: timestamp(item.modified),
  };
}

/**
 * Reads annotations from a parsed W3C Web Annotation document: a Gloss export, any
 * AnnotationCollection with an embedded first page, an AnnotationPage, an Annotation, or an array
 * of them. Never throws on bad input: unusable items are skipped and named in `problems`.
 */
export function readWebAnnotations(doc: unknown): ReadResult {
  const problems: string[] = [];
  const items = annotationItems(doc);
  if (items.length === 0) problems.push('The file holds no W3C annotations.');
  if (items.length > IMPORT_ANNOTATIONS_MAX) {
    problems.push(`Only the first ${IMPORT_ANNOTATIONS_MAX} annotations were read.`);
  }
  const titles = articleTitles(doc);
  const annotations: ImportedAnnotation[] = [];
  items.slice(0, IMPORT_ANNOTATIONS_MAX).forEach((item, index) => {
    const read = readItem(item, index, titles, problems);
    if (read) annotations.push(read);
  });
  return { annotations, problems };
}

/** The Gloss article id a source names (`gloss://article/ID`), or null. */
export function glossArticleId(source: string): string | null {
  return articleIdFromLink(source);
}

/** The UUID in `urn:uuid:…` (or a bare UUID), lower-cased; null for any other id. */
export function uuidOf(id: string): string | null {
  const match = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/iu.exec(id);
  return match?.[1]?.toLowerCase() ?? null;
}
