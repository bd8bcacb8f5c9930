import { memo, useEffect, useMemo, useRef } from 'react';
import type { Annotation, ColorId, DeletedAnnotation } from '../../../shared/model/annotation';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationIcon } from './AnnotationIcon';
import { ColorLegend } from './ColorLegend';
import type { ColorNames } from './colors';
import { DeletedAnnotations } from './DeletedAnnotations';

/** Cards per chunk: a long list is skipped a chunk at a time, which costs less than a card at a time. */
const CHUNK = 40;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

interface AnnotationSidebarProps {
  readonly open: boolean;
  readonly items: readonly Annotation[];
  readonly deleted: readonly DeletedAnnotation[];
  readonly currentId: string | null;
  readonly names: ColorNames;
  readonly loading: boolean;
  readonly onOpen: (annotation: Annotation, card: HTMLElement) => void;
  readonly onReattach: (annotation: Annotation) => void;
  readonly onRestore: (id: string) => void;
  readonly onPurge: (id: string) => void;
  readonly onRename: (id: ColorId, name: string) => void;
  readonly onClose: () => void;
  /** Copies the article's notes as Markdown. */
  readonly onCopyNotes?: () => void;
}

/**
 * The article's annotations in document order: in the right margin on a wide window, a drawer on a
 * narrow one. Orphans come first (with their quote and note) until re-attached or deleted.
 */
export const AnnotationSidebar = memo(function AnnotationSidebar(props: AnnotationSidebarProps) {
  const { items, currentId } = props;
  const list = useRef<HTMLDivElement>(null);
  // Orphans first: they are not in the text to be come across, and want a decision.
  const ordered = useMemo(
    () => [...items.filter((a) => a.anchor === 'orphan'), ...items.filter((a) => a.anchor !== 'orphan')],
    [items],
  );
  const orphans = items.length - items.filter((a) => a.anchor !== 'orphan').length;

  // The current highlight's card stays in view as j/k move through the text.
  useEffect(() => {
    if (currentId === null) return;
    const card = list.current?.querySelector(`[data-annotation-id="${CSS.escape(currentId)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  return (
    <aside
      id="annotation-sidebar"
      className="annotation-sidebar"
      data-open={props.open}
      hidden={!props.open}
      aria-label="Highlights and notes"
    >
      <header className="annotation-sidebar__header">
        <h2 className="annotation-sidebar__title">
          Highlights <span className="count">{items.length}</span>
        </h2>
        {props.onCopyNotes && items.length > 0 ? (
          <button
            type="button"
            className="tool annotation-sidebar__copy"
            onClick={props.onCopyNotes}
            aria-label="Copy notes as Markdown"
            title="Copy this article's highlights and notes as Markdown"
          >
            <AnnotationIcon name="copy" />
          </button>
        ) : null}
        <button
          type="button"
          className="tool annotation-sidebar__close"
          onClick={props.onClose}
          aria-label="Hide highlights"
          title="Hide highlights"
        >
          <AnnotationIcon name="close" />
        </button>
      </header>
      {orphans > 0 ? (
        <p className="annotation-sidebar__notice">
          {orphans === 1 ? 'One highlight' : `${orphans} highlights`} lost {orphans === 1 ? 'its' : 'their'}{' '}
          place when the article changed. Re-attach {orphans === 1 ? 'it' : 'them'} to a passage, or delete.
        </p>
      ) : null}
      {items.length === 0 && !props.loading ? (
        <div className="annotation-sidebar__empty">
          <p>No highlights yet.</p>
          <p>
            Select text, then pick a colour, or press <kbd>h</kbd> (<kbd>1</kbd>–<kbd>6</kbd> for a colour,{' '}
            <kbd>n</kbd> to add a note).
          </p>
        </div>
      ) : (
        <div className="annotation-list" role="list" ref={list}>
          {chunks(ordered).map((chunk, index) => (
            // Off-screen chunks are neither laid out nor painted (annotations.css). Keyed by place, not by
            // first card: a new highlight shifts every later chunk's first card, and keying by it remounted
            // all their cards (the sidebar then cost ~10 ms a new highlight with 1,000 of them).
            <div key={index} className="annotation-chunk" role="none">
              {chunk.map((a) => (
                <AnnotationCard
                  key={a.id}
                  annotation={a}
                  current={a.id === currentId}
                  names={props.names}
                  onOpen={props.onOpen}
                  onReattach={props.onReattach}
                />
              ))}
            </div>
          ))}
        </div>
      )}
      <DeletedAnnotations deleted={props.deleted} onRestore={props.onRestore} onPurge={props.onPurge} />
      <ColorLegend names={props.names} onRename={props.onRename} />
    </aside>
  );
});
