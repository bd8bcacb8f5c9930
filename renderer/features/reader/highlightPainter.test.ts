// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleTextMap } from './domOffsets';
import { HighlightPainter, type PaintSpec } from './highlightPainter';

/** jsdom has no Highlight API: a minimal stand-in with the same set semantics. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

class FakeRegistry extends Map<string, FakeHighlight> {}

const TEXT = 'The council met on Tuesday to debate the new budget for schools.';

function setUp(): { painter: HighlightPainter; registry: FakeRegistry } {
  document.body.innerHTML = `<div id="body"><p data-start="0">${TEXT}</p></div>`;
  const root = document.getElementById('body');
  if (!root) throw new Error('fixture');
  (globalThis as { Highlight?: unknown }).Highlight = FakeHighlight;
  const registry = new FakeRegistry();
  return {
    painter: new HighlightPainter(new ArticleTextMap(root), registry as unknown as HighlightRegistry),
    registry,
  };
}

function text(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

const painted = (registry: FakeRegistry, name: string): string[] => [...(registry.get(name) ?? [])].map(text);
const spec = (id: string, start: number, end: number, color: PaintSpec['color'] = 'yellow'): PaintSpec => ({
  id,
  start,
  end,
  color,
  style: 'highlight',
});

describe('HighlightPainter', () => {
  let painter: HighlightPainter;
  let registry: FakeRegistry;
  beforeEach(() => ({ painter, registry } = setUp()));

  it('registers one highlight per colour and style, and the overlap, hover and current layers', () => {
    expect([...registry.keys()]).toContain('gloss-yellow');
    expect([...registry.keys()]).toContain('gloss-green-underline');
    expect([...registry.keys()]).toContain('gloss-overlap');
    expect(registry.get('gloss-current')?.priority).toBeGreaterThan(
      registry.get('gloss-yellow')?.priority ?? 99,
    );
  });

  it('paints, recolours and removes only what changed, and marks overlaps', () => {
    expect(painter.sync([spec('a', 4, 11), spec('b', 8, 18, 'blue')])).toBe(true);
    expect(painted(registry, 'gloss-yellow')).toEqual(['council']);
    expect(painted(registry, 'gloss-blue')).toEqual(['cil met on']);
    expect(painted(registry, 'gloss-overlap')).toEqual(['cil']);
    expect(painter.sync([spec('a', 4, 11), spec('b', 8, 18, 'blue')])).toBe(false);
    painter.sync([spec('a', 4, 11, 'green')]);
    expect(painted(registry, 'gloss-yellow')).toEqual([]);
    expect(painted(registry, 'gloss-green')).toEqual(['council']);
    expect(painted(registry, 'gloss-blue')).toEqual([]);
    expect(painted(registry, 'gloss-overlap')).toEqual([]);
  });

  it('keeps the range when only the id changes (a provisional highlight, stored)', () => {
    painter.add(spec('provisional:1', 19, 26));
    painter.emphasise('current', 'provisional:1');
    const before = [...(registry.get('gloss-yellow') ?? [])][0];
    expect(painter.sync([spec('stored-id', 19, 26)])).toBe(false);
    expect([...(registry.get('gloss-yellow') ?? [])][0]).toBe(before);
    expect(painted(registry, 'gloss-current')).toEqual(['Tuesday']);
  });

  it('emphasises one annotation and unregisters everything on dispose', () => {
    painter.sync([spec('a', 4, 11)]);
    painter.emphasise('hover', 'a');
    expect(painted(registry, 'gloss-hover')).toEqual(['council']);
    painter.emphasise('hover', null);
    expect(painted(registry, 'gloss-hover')).toEqual([]);
    painter.dispose();
    expect(registry.size).toBe(0);
  });

  it('registers only what is in scope, and follows the scope as it moves', () => {
    // The scope stands in for PaintWindow: here, the text before offset `upTo`.
    let upTo = 12;
    const scope = { covers: (start: number) => start < upTo };
    painter.rescope(scope);
    painter.sync([
      spec('a', 4, 11),
      spec('b', 8, 18, 'blue'),
      spec('c', 41, 51, 'green'),
      spec('d', 45, 57, 'red'),
    ]);
    expect(painted(registry, 'gloss-yellow')).toEqual(['council']);
    expect(painted(registry, 'gloss-blue')).toEqual(['cil met on']);
    expect(painted(registry, 'gloss-green')).toEqual([]);
    expect(painted(registry, 'gloss-overlap')).toEqual(['cil']);
    expect([painter.size, painter.liveSize]).toEqual([4, 2]);

    // Out of scope, an annotation is still emphasised when asked (opened from a search far below).
    painter.emphasise('current', 'd');
    expect(painted(registry, 'gloss-current')).toEqual(['budget for s']);

    upTo = 100;
    expect(painter.rescope()).toBe(true);
    expect(painted(registry, 'gloss-green')).toEqual(['new budget']);
    expect(painted(registry, 'gloss-red')).toEqual(['budget for s']);
    expect(painted(registry, 'gloss-overlap')).toEqual(['cil', 'budget']);
    upTo = 5;
    expect(painter.rescope()).toBe(true);
    expect(painted(registry, 'gloss-yellow')).toEqual(['council']);
    expect(painted(registry, 'gloss-blue')).toEqual([]);
    expect(painted(registry, 'gloss-overlap')).toEqual([]);
    expect(painter.rescope()).toBe(false);
    // A change out of scope registers nothing; it is painted when it comes into scope.
    painter.sync([spec('a', 4, 11), spec('c', 41, 51, 'purple')]);
    expect(painted(registry, 'gloss-purple')).toEqual([]);
    upTo = 100;
    painter.rescope();
    expect(painted(registry, 'gloss-purple')).toEqual(['new budget']);
  });
});
