import type { ArticleTextMap } from './domOffsets';

/** Which text the painter registers: see PaintWindow. */
export interface PaintScope {
  /** Whether any of [start, end) lies in a block near the viewport. */
  covers(start: number, end: number): boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** How far beyond the viewport, above and below, blocks count as near, in screens: a fast scroll stays inside it. */
const NEAR_SCREENS = 1.5;

/**
 * The blocks within NEAR_SCREENS of the viewport, kept by an IntersectionObserver. Chromium re-checks
 * every range of every registered Highlight whenever any of them changes, so registering only the
 * annotations near the viewport makes a new highlight, a hover or a recolour cost what is on screen
 * (about 2 ms a frame) instead of what is in the article (5 ms and more for 1,000).
 */
export class PaintWindow implements PaintScope {
  private readonly near = new Set<Element>();
  private spans: Span[] = [];
  private readonly observer: IntersectionObserver;
  private readonly spanOf: ReadonlyMap<Element, Span>;

  constructor(map: ArticleTextMap, onChange: () => void) {
    this.spanOf = new Map(map.blockSpans.map((b) => [b.element, b]));
    // Known at once (the page is laid out already), so the first paint holds what is on screen;
    // the observer keeps it from there.
    const margin = window.innerHeight * NEAR_SCREENS;
    for (const { element } of map.blockSpans) {
      const box = element.getBoundingClientRect();
      if (box.bottom >= -margin && box.top <= window.innerHeight + margin) this.near.add(element);
    }
    this.rebuild();
    this.observer = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const entry of entries) {
          const had = this.near.has(entry.target);
          if (entry.isIntersecting && !had) this.near.add(entry.target);
          else if (!entry.isIntersecting && had) this.near.delete(entry.target);
          else continue;
          changed = true;
        }
        if (!changed) return;
        this.rebuild();
        onChange();
      },
      { rootMargin: `${NEAR_SCREENS * 100}% 0px` },
    );
    for (const { element } of map.blockSpans) this.observer.observe(element);
  }

  covers(start: number, end: number): boolean {
    // Spans are disjoint and sorted, so their ends are sorted too: only the last one starting before
    // `end` can reach past `start`.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.spans[mid]?.start ?? Infinity) < end) lo = mid + 1;
      else hi = mid;
    }
    const last = this.spans[lo - 1];
    return last !== undefined && last.end > start;
  }

  dispose(): void {
    this.observer.disconnect();
  }

  private rebuild(): void {
    this.spans = [...this.near]
      .flatMap((element) => this.spanOf.get(element) ?? [])
      .sort((a, b) => a.start - b.start);
  }
}
