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
