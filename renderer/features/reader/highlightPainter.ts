import { COLOR_IDS, type AnnotationStyle, type ColorId } from '../../../shared/model/annotation';
import { overlapSegments } from '../annotations/annotationOrder';
import type { ArticleTextMap } from './domOffsets';
import type { PaintScope } from './paintWindow';

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
  spec: PaintSpec;
  /** Made when first registered or emphasised (undefined until then; null when it covers no text). */
  range: StaticRange | null | undefined;
  readonly name: string;
  /** Registered in its Highlight now: it is within the scope. */
  live: boolean;
}

interface OverlapSegment {
  readonly start: number;
  readonly end: number;
  range: StaticRange | null | undefined;
  live: boolean;
}

/** Everything is in scope: what a painter without a window paints. */
const EVERYTHING: PaintScope = { covers: () => true };

const same = (a: PaintSpec, b: PaintSpec): boolean =>
  a.start === b.start && a.end === b.end && a.color === b.color && a.style === b.style;

const drawKey = (spec: PaintSpec): string => `${spec.start}:${spec.end}:${spec.color}:${spec.style}`;

/**
 * Paints annotations over the article's text with the CSS Custom Highlight API: one Highlight per
 * colour and style, holding a StaticRange per annotation. The DOM is never touched, so each block
 * keeps its single text node and painting 1,000 highlights is a thousand range objects, not a
 * thousand elements. Overlaps get their own highlight on top, so where two meet is visible. Only
 * annotations within `scope` (the text near the viewport, see PaintWindow) are registered; call
 * rescope() when it changes.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, Painted>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly emphasised: Record<Emphasis, string | null> = { hover: null, current: null };
  private overlaps: OverlapSegment[] = [];

  constructor(
    private readonly map: ArticleTextMap,
    private readonly registry: HighlightRegistry = CSS.highlights,
    private scope: PaintScope = EVERYTHING,
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
        old.spec = spec;
        this.painted.set(spec.id, old);
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
    const painted = id === null ? undefined : this.painted.get(id);
    // Emphasised wherever it is (a search result may open the article far from it).
    const range = painted ? this.rangeOf(painted) : null;
    if (range ? highlight.size === 1 && highlight.has(range) : highlight.size === 0) return;
    highlight.clear();
    if (range) highlight.add(range);
  }

  get size(): number {
    return this.painted.size;
  }

  /** Annotations registered now (within the scope). */
  get liveSize(): number {
    let n = 0;
    for (const p of this.painted.values()) if (p.live && p.range) n++;
    return n;
  }

  /** Registers what came into the scope and unregisters what left it. True if anything changed. */
  rescope(scope: PaintScope = this.scope): boolean {
    this.scope = scope;
    let changed = false;
    for (const p of this.painted.values()) changed = this.place(p) || changed;
    changed = this.placeOverlaps() || changed;
    return changed;
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
    const painted: Painted = {
      spec,
      range: undefined,
      name: highlightName(spec.color, spec.style),
      live: false,
    };
    this.painted.set(spec.id, painted);
    this.place(painted);
  }

  private unpaint(old: Painted): void {
    if (old.live && old.range) this.highlights.get(old.name)?.delete(old.range);
    old.live = false;
  }

  /** An annotation's range, made the first time it is needed. */
  private rangeOf(p: Painted): StaticRange | null {
    p.range ??= this.map.staticRange(p.spec.start, p.spec.end);
    return p.range;
  }

  /** Registers or unregisters one annotation as the scope says. True if that changed. */
  private place(p: Painted): boolean {
    const live = this.scope.covers(p.spec.start, p.spec.end);
    if (live === p.live) return false;
    p.live = live;
    const range = live ? this.rangeOf(p) : p.range;
    if (!range) return false;
    const highlight = this.highlights.get(p.name);
    if (live) highlight?.add(range);
    else highlight?.delete(range);
    return true;
  }

  /** Registers the overlap segments within the scope. True if that changed. */
  private placeOverlaps(): boolean {
    const overlap = this.highlights.get(OVERLAP_HIGHLIGHT);
    let changed = false;
    for (const segment of this.overlaps) {
      const live = this.scope.covers(segment.start, segment.end);
      if (live === segment.live) continue;
      segment.live = live;
      segment.range ??= this.map.staticRange(segment.start, segment.end);
      const range = segment.range;
      if (!range) continue;
      if (live) overlap?.add(range);
      else overlap?.delete(range);
      changed = true;
    }
    return changed;
  }

  private afterChange(): void {
    const segments = overlapSegments([...this.painted.values()].map((p) => p.spec));
    // Most changes leave the overlaps as they were (a new highlight on its own): a Highlight left
    // untouched is one Chromium need not check again.
    const same =
      segments.length === this.overlaps.length &&
      segments.every((s, i) => {
        const was = this.overlaps[i];
        return was !== undefined && s.start === was.start && s.end === was.end;
      });
    if (!same) {
      this.highlights.get(OVERLAP_HIGHLIGHT)?.clear();
      this.overlaps = segments.map((s) => ({ ...s, range: undefined, live: false }));
      this.placeOverlaps();
    }
    // A repainted annotation has a new range: keep its emphasis.
    this.emphasise('hover', this.emphasised.hover);
    this.emphasise('current', this.emphasised.current);
  }
}
