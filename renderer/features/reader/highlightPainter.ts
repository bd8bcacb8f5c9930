import { COLOR_IDS, type AnnotationStyle, type ColorId } from '../../../shared/model/annotation';
import { overlapSegments } from '../annotations/annotationOrder';
import type { ArticleTextMap } from './domOffsets';

/** What is drawn for one annotation. */
export interface PaintSpec {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly color: ColorId;
  readonly style: AnnotationStyle;
}

/** `gloss-yellow`, `gloss-yellow-underline`…: the names the stylesheet styles with ::highlight(). */
export function highlightName(color: ColorId, style: AnnotationStyle): string {
  return style === 'underline' ? `gloss-${color}-underline` : `gloss-${color}`;
}

export const OVERLAP_HIGHLIGHT = 'gloss-overlap';
export const HOVER_HIGHLIGHT = 'gloss-hover';
export const CURRENT_HIGHLIGHT = 'gloss-current';

export type Emphasis = 'hover' | 'current';

interface Painted {
  readonly spec: PaintSpec;
  readonly range: StaticRange | null;
  readonly name: string;
}

const same = (a: PaintSpec, b: PaintSpec): boolean =>
  a.start === b.start && a.end === b.end && a.color === b.color && a.style === b.style;

const drawKey = (spec: PaintSpec): string => `${spec.start}:${spec.end}:${spec.color}:${spec.style}`;

/**
 * Paints annotations over the article's text with the CSS Custom Highlight API: one Highlight per
 * colour and style, holding a StaticRange per annotation. The DOM is never touched, so each block
 * keeps its single text node and painting 1,000 highlights is a thousand range objects, not a
 * thousand elements. Overlaps get their own highlight on top, so where two meet is visible.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, Painted>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly emphasised: Record<Emphasis, string | null> = { hover: null, current: null };

  constructor(
    private readonly map: ArticleTextMap,
    private readonly registry: HighlightRegistry = CSS.highlights,
  ) {
    // Later entries paint over earlier ones: underlines above fills, overlaps above both.
    const names = [
      ...COLOR_IDS.map((c) => highlightName(c, 'highlight')),
      ...COLOR_IDS.map((c) => highlightName(c, 'underline')),
      OVERLAP_HIGHLIGHT,
      HOVER_HIGHLIGHT,
      CURRENT_HIGHLIGHT,
    ];
    names.forEach((name, priority) => {
      const highlight = new Highlight();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      registry.set(name, highlight);
    });
  }

  /**
   * Brings the painted set in line with `specs`, touching only what changed. An annotation that only
   * changed id (a new highlight, stored) keeps its range, so nothing is repainted. True if anything was.
   */
  sync(specs: readonly PaintSpec[]): boolean {
    const seen = new Set<string>();
    const fresh: PaintSpec[] = [];
    let changed = false;
    for (const spec of specs) {
      seen.add(spec.id);
      const old = this.painted.get(spec.id);
      if (old && same(old.spec, spec)) continue;
      if (old) {
        this.unpaint(old);
        this.paint(spec);
        changed = true;
      } else {
        fresh.push(spec);
      }
    }
    // Gone ids, keyed by what they drew, so a fresh id drawing the same takes over the range.
    const gone = new Map<string, Painted>();
    for (const [id, old] of this.painted) {
      if (seen.has(id)) continue;
      this.painted.delete(id);
      const key = drawKey(old.spec);
      if (gone.has(key)) this.unpaint(old);
      else gone.set(key, old);
    }
    for (const spec of fresh) {
      const key = drawKey(spec);
      const old = gone.get(key);
      if (old) {
        gone.delete(key);
        this.painted.set(spec.id, { ...old, spec });
        if (this.emphasised.hover === old.spec.id) this.emphasised.hover = spec.id;
        if (this.emphasised.current === old.spec.id) this.emphasised.current = spec.id;
      } else {
        this.paint(spec);
        changed = true;
      }
    }
    for (const old of gone.values()) {
      this.unpaint(old);
      changed = true;
    }
    if (changed) this.afterChange();
    return changed;
  }

  /** Paints one more annotation now (a new highlight, before the lists catch up). */
  add(spec: PaintSpec): void {
    const old = this.painted.get(spec.id);
    if (old) this.unpaint(old);
    this.paint(spec);
    this.afterChange();
  }

  /** Marks one annotation as hovered or current (null: none). */
  emphasise(kind: Emphasis, id: string | null): void {
    this.emphasised[kind] = id;
    const highlight = this.highlights.get(kind === 'hover' ? HOVER_HIGHLIGHT : CURRENT_HIGHLIGHT);
    if (!highlight) return;
    highlight.clear();
    const range = id === null ? null : (this.painted.get(id)?.range ?? null);
    if (range) highlight.add(range);
  }

  get size(): number {
    return this.painted.size;
  }

  /** Unregisters every highlight this painter made. */
  dispose(): void {
    for (const [name, highlight] of this.highlights) {
      if (this.registry.get(name) === highlight) this.registry.delete(name);
    }
    this.highlights.clear();
    this.painted.clear();
  }

  private paint(spec: PaintSpec): void {
    const name = highlightName(spec.color, spec.style);
    const range = this.map.staticRange(spec.start, spec.end);
    if (range) this.highlights.get(name)?.add(range);
    this.painted.set(spec.id, { spec, range, name });
  }

  private unpaint(old: Painted): void {
    if (old.range) this.highlights.get(old.name)?.delete(old.range);
  }

  private afterChange(): void {
    const overlap = this.highlights.get(OVERLAP_HIGHLIGHT);
    if (overlap) {
      overlap.clear();
      for (const segment of overlapSegments([...this.painted.values()].map((p) => p.spec))) {
        const range = this.map.staticRange(segment.start, segment.end);
        if (range) overlap.add(range);
      }
    }
    // A repainted annotation has a new range: keep its emphasis.
    this.emphasise('hover', this.emphasised.hover);
    this.emphasise('current', this.emphasised.current);
  }
}
