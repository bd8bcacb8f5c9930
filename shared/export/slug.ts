/**
 * A tag name Obsidian and Logseq accept: lower case letters, digits, `-`, `_` and `/`, no spaces,
 * not all digits. Empty when nothing usable is left.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^[-/]+|[-/]+$/gu, '');
  return /^\d+$/u.test(slug) ? `tag-${slug}` : slug;
}

/** Tags as `#a #b`, slugified, duplicates and empties dropped. */
export function hashTags(tags: readonly string[]): string {
  const slugs = [...new Set(tags.map(slugify).filter((s) => s !== ''))];
  return slugs.map((s) => `#${s}`).join(' ');
}
