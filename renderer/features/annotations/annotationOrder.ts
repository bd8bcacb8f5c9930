import type { Annotation } from '../../../shared/model/annotation';

/** Document order: by start, then end, then age (the order the main process lists them in). */
export function byPosition(a: Annotation, b: Annotation): number {
  return (
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)
  );
}

/** The list with `annotation` in its place, replacing the one with the same id. */
export function upsertSorted(list: readonly Annotation[], annotation: Annotation): Annotation[] {
  const out = list.filter((a) => a.id !== annotation.id);
  let i = out.length;
  while (i > 0 && byPosition(out[i - 1] as Annotation, annotation) > 0) i--;
  out.splice(i, 0, annotation);
  return out;
}

/** Annotations drawn in the text: every one but the orphans. */
export function isPlaced(a: Annotation): boolean {
  return a.anchor !== 'orphan';
}

/** Placed annotations covering the code point at `offset`, shortest first (the most specific on top). */
export function coveringAt(list: readonly Annotation[], offset: number): Annotation[] {
  return list
    .filter((a) => isPlaced(a) && a.position.start <= offset && offset < a.position.end)
    .sort(
      (a, b) => a.position.end - a.position.start - (b.position.end - b.position.start) || byPosition(a, b),
    );
}

/**
 * The placed annotation to move to with j (1) or k (-1): the next after the current one, or, with
 * none current, the first at or after `offset` (the top of the screen) going forward and the last
 * before it going back. Null at either end.
 */
export function stepAnnotation(
  list: readonly Annotation[],
  currentId: string | null,
  offset: number,
  step: 1 | -1,
): Annotation | null {
  const placed = list.filter(isPlaced);
  const at = currentId === null ? -1 : placed.findIndex((a) => a.id === currentId);
  if (at >= 0) return placed[at + step] ?? null;
  if (step === 1) return placed.find((a) => a.position.end > offset) ?? null;
  return placed.findLast((a) => a.position.start < offset) ?? null;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** The stretches covered by two or more of the ranges, merged, in order. */
export function overlapSegments(ranges: readonly Segment[]): Segment[] {
  const events: [number, number][] = [];
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    events.push([r.start, 1], [r.end, -1]);
  }
  // Ends before starts at the same offset: touching ranges do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Segment[] = [];
  let depth = 0;
  let from = 0;
  for (const [at, delta] of events) {
    const before = depth;
    depth += delta;
    if (before < 2 && depth >= 2) from = at;
    else if (before >= 2 && depth < 2 && at > from) {
      const last = out.at(-1);
      if (last && last.end === from) out[out.length - 1] = { start: last.start, end: at };
      else out.push({ start: from, end: at });
    }
  }
  return out;
}
