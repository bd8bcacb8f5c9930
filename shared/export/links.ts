/** Stable links back into Gloss, written into every export. */
export function articleLink(articleId: string): string {
  return `gloss://article/${encodeURIComponent(articleId)}`;
}

export function annotationLink(articleId: string, annotationId: string): string {
  return `${articleLink(articleId)}#annotation-${encodeURIComponent(annotationId)}`;
}

/** The article id in a `gloss://article/ID` link, or null. */
export function articleIdFromLink(link: string): string | null {
  const match = /^gloss:\/\/article\/([^#?/]+)/u.exec(link);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** 1-based number of the block (paragraph, heading…) that holds code-point offset `start`; null when unknown. */
export function paragraphNumber(blockStarts: readonly number[], start: number): number | null {
  if (blockStarts.length === 0) return null;
  let lo = 0;
  let hi = blockStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((blockStarts[mid] ?? 0) <= start) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Where a `gloss://` link points: an article, and maybe one annotation in it. */
export interface GlossLinkTarget {
  readonly articleId: string;
  readonly annotationId: string | null;
}

/** Ids Gloss makes are UUIDs; anything else in a link handed over by the OS is refused. */
const LINK_ID = /^[0-9A-Za-z][0-9A-Za-z-]{0,63}$/u;

/**
 * Parses a link another program opened (`gloss://article/ID#annotation-ID`), as written by the exports.
 * Null for anything else, so a crafted link can only ever name an article and an annotation.
 */
export function parseGlossLink(link: string): GlossLinkTarget | null {
  if (link.length > 512) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'gloss:' || url.hostname !== 'article' || url.search !== '') return null;
  const articleId = articleIdFromLink(link);
  if (articleId === null || !LINK_ID.test(articleId) || url.pathname !== `/${articleId}`) return null;
  if (url.hash === '') return { articleId, annotationId: null };
  const annotationId = /^#annotation-(.+)$/u.exec(url.hash)?.[1];
  return annotationId !== undefined && LINK_ID.test(annotationId) ? { articleId, annotationId } : null;
}

/** The first Gloss link among a process's arguments (how Windows and Linux hand a clicked link over). */
export function glossLinkInArgv(argv: readonly string[]): GlossLinkTarget | null {
  for (const arg of argv) {
    if (!arg.startsWith('gloss:')) continue;
    const target = parseGlossLink(arg);
    if (target) return target;
  }
  return null;
}
