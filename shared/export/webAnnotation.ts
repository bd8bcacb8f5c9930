import type { Annotation } from '../model/annotation';
import { articleLink } from './links';
import type { ExportContext, ExportEntry, ExportFile } from './types';

/** The W3C Web Annotation JSON-LD context; Gloss's own members use the `gloss:` prefix (an IRI scheme). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Bumped when Gloss's members change meaning; an import reads versions up to this. */
export const GLOSS_EXPORT_VERSION = 1;

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

function textualBody(value: string, purpose: 'commenting' | 'tagging'): Json {
  return purpose === 'commenting'
    ? { type: 'TextualBody', purpose, value, format: 'text/plain' }
    : { type: 'TextualBody', purpose, value };
}

/** A note alone is the `bodyValue` shorthand; with tags, each is a TextualBody by purpose. */
function bodyOf(a: Annotation): Record<string, Json> {
  if (a.tags.length === 0) return a.note === '' ? {} : { bodyValue: a.note };
  const bodies: Json[] = [];
  if (a.note !== '') bodies.push(textualBody(a.note, 'commenting'));
  for (const tag of a.tags) bodies.push(textualBody(tag, 'tagging'));
  return { body: bodies };
}

export function toWebAnnotation(a: Annotation): Json {
  const quote: Record<string, Json> = { type: 'TextQuoteSelector', exact: a.quote.exact };
  if (a.quote.prefix !== '') quote.prefix = a.quote.prefix;
  if (a.quote.suffix !== '') quote.suffix = a.quote.suffix;
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note === '' ? 'highlighting' : 'commenting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...bodyOf(a),
    target: {
      source: articleLink(a.articleId),
      selector: [quote, { type: 'TextPositionSelector', start: a.position.start, end: a.position.end }],
    },
    'gloss:color': a.color,
    'gloss:style': a.style,
  };
}

function articleMetadata(entry: ExportEntry): Json {
  const { article } = entry;
  return {
    id: articleLink(article.id),
    'gloss:id': article.id,
    title: article.title,
    source: article.source,
    author: article.author,
    published: article.publishedAt,
  };
}

/**
 * A W3C Web Annotation AnnotationCollection (one embedded page) with the articles' metadata and the
 * colour names alongside: what other tools read, and Gloss's own backup format.
 */
export function toJson(entries: readonly ExportEntry[], context: ExportContext): ExportFile[] {
  const items = entries.flatMap((entry) => entry.annotations.map(toWebAnnotation));
  const collection: Json = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${context.exportId}`,
    type: 'AnnotationCollection',
    label: 'Gloss annotations',
    generator: { id: 'gloss:app', type: 'Software', name: 'Gloss' },
    generated: context.exportedAt,
    total: items.length,
    'gloss:version': GLOSS_EXPORT_VERSION,
    'gloss:colorNames': { ...context.colorNames },
    'gloss:articles': entries.map(articleMetadata),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return [
    {
      name: `Gloss annotations ${context.exportedAt.slice(0, 10)}.json`,
      content: `${JSON.stringify(collection, null, 2)}\n`,
      mediaType: 'application/ld+json',
    },
  ];
}
