import type { TagCount } from '../../../shared/model/annotation';
import { TAG_MAX_LENGTH, TAGS_MAX } from '../../../shared/model/annotation';
import { foldText } from './foldText';

/** A tag as typed, tidied: trimmed, inner white space collapsed, cut to the maximum length. */
export function normalizeTag(raw: string): string {
  return Array.from(raw.trim().replace(/\s+/g, ' ')).slice(0, TAG_MAX_LENGTH).join('').trim();
}

/** The tags with `raw` added, unless it is empty, already there (case aside) or one too many. */
export function addTag(tags: readonly string[], raw: string): readonly string[] {
  const tag = normalizeTag(raw);
  if (tag === '' || tags.length >= TAGS_MAX) return tags;
  const key = tag.toLocaleLowerCase();
  return tags.some((t) => t.toLocaleLowerCase() === key) ? tags : [...tags, tag];
}

export function removeTag(tags: readonly string[], tag: string): readonly string[] {
  return tags.filter((t) => t !== tag);
}

/**
 * Known tags for what is typed: those starting with it (folded: case and accents aside) before those
 * merely containing it, each group most used first; tags already chosen are left out.
 */
export function completeTags(
  known: readonly TagCount[],
  typed: string,
  chosen: readonly string[],
  limit = 8,
): string[] {
  const query = foldText(typed);
  const taken = new Set(chosen.map((t) => t.toLocaleLowerCase()));
  const scored: { name: string; rank: number; count: number }[] = [];
  for (const tag of known) {
    if (taken.has(tag.name.toLocaleLowerCase())) continue;
    const name = foldText(tag.name);
    const rank = query === '' ? 0 : name.startsWith(query) ? 0 : name.includes(query) ? 1 : -1;
    if (rank >= 0) scored.push({ name: tag.name, rank, count: tag.count });
  }
  scored.sort((a, b) => a.rank - b.rank || b.count - a.count || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.name);
}
