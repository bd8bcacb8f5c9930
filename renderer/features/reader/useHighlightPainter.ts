import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import { markAfterPaint } from '../../perf';
import { isPlaced } from '../annotations/annotationOrder';
import type { ArticleTextMap } from './domOffsets';
import { HighlightPainter, type Emphasis, type PaintSpec } from './highlightPainter';
import { PaintWindow } from './paintWindow';

export function paintSpec(a: Annotation): PaintSpec {
  return { id: a.id, start: a.position.start, end: a.position.end, color: a.color, style: a.style };
}

export interface PainterControls {
  /** Paints one annotation now, before the lists catch up (a new highlight). */
  readonly add: (spec: PaintSpec) => void;
  /** Marks one annotation as hovered or current. */
  readonly emphasise: (kind: Emphasis, id: string | null) => void;
}

/**
 * Keeps the article's painted highlights in line with its annotations, registering those near the
 * viewport (PaintWindow). Marks `gloss:highlights-start` before each repaint and
 * `gloss:highlights-painted` once the frame with it is on screen (detail: annotations known and
 * registered).
 */
export function useHighlightPainter(
  map: ArticleTextMap | null,
  items: readonly Annotation[],
  loaded: boolean,
): PainterControls {
  const painter = useRef<HighlightPainter | null>(null);
  const markedOnce = useRef(false);
  const specs = useMemo(() => items.filter(isPlaced).map(paintSpec), [items]);

  useLayoutEffect(() => {
    if (!map) return;
    const created = new HighlightPainter(map);
    const near = new PaintWindow(map, () => created.rescope());
    created.rescope(near);
    painter.current = created;
    markedOnce.current = false;
    return () => {
      near.dispose();
      created.dispose();
      if (painter.current === created) painter.current = null;
    };
  }, [map]);

  useLayoutEffect(() => {
    const current = painter.current;
    if (!current || !loaded) return;
    performance.mark('gloss:highlights-start');
    const changed = current.sync(specs);
    if (changed || !markedOnce.current) {
      markedOnce.current = true;
      markAfterPaint('gloss:highlights-painted', { known: current.size, registered: current.liveSize });
    }
  }, [map, specs, loaded]);

  return useMemo(
    () => ({
      add: (spec: PaintSpec) => painter.current?.add(spec),
      emphasise: (kind: Emphasis, id: string | null) => painter.current?.emphasise(kind, id),
    }),
    [],
  );
}
