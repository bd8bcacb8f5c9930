import { useRef, type MouseEvent } from 'react';
import type { ColorId } from '../../../shared/model/annotation';
import { AnnotationIcon } from './AnnotationIcon';
import { CopyQuoteButtons } from './CopyQuoteButtons';
import type { ColorNames } from './colors';
import { ColorSwatches } from './ColorSwatches';
import { usePlacement, type PageBox } from './placement';

interface SelectionToolbarProps {
  readonly anchor: PageBox;
  readonly names: ColorNames;
  readonly onHighlight: (color: ColorId) => void;
  readonly onUnderline: () => void;
  /** Highlight and open it, with the note (or the tags) ready for typing. */
  readonly onAnnotate: (focus: 'note' | 'tags') => void;
  readonly onCopy: () => void;
  readonly onCite: () => void;
}

/** Keeps the selection: pressing a toolbar button must not collapse it first. */
const keepSelection = (event: MouseEvent): void => event.preventDefault();

/** The small toolbar over selected text: a colour, an underline, a note or tags, or a copy. */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(ref, props.anchor, 'above');
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      onMouseDown={keepSelection}
    >
      <ColorSwatches names={props.names} value={null} onPick={props.onHighlight} verb="Highlight" />
      <span className="selection-toolbar__rule" aria-hidden="true" />
      <button
        type="button"
        className="tool"
        onClick={props.onUnderline}
        aria-label="Underline"
        title="Underline (u)"
      >
        <AnnotationIcon name="underline" />
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => props.onAnnotate('note')}
        aria-label="Add a note"
        title="Highlight and add a note (n)"
      >
        <AnnotationIcon name="note" />
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => props.onAnnotate('tags')}
        aria-label="Add tags"
        title="Highlight and add tags"
      >
        <AnnotationIcon name="tag" />
      </button>
      <span className="selection-toolbar__rule" aria-hidden="true" />
      <CopyQuoteButtons onCopy={props.onCopy} onCite={props.onCite} />
    </div>
  );
}

interface ReattachBarProps {
  readonly anchor: PageBox | null;
  readonly quote: string;
  readonly onAttach: () => void;
  readonly onCancel: () => void;
}

/** While re-attaching a highlight: what is being placed, and the button that places it on the selection. */
export function ReattachBar({ anchor, quote, onAttach, onCancel }: ReattachBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(ref, anchor, 'above');
  return (
    <>
      <div className="reattach-banner" role="status">
        <AnnotationIcon name="attach" />
        <p>
          Select the passage for <q>{quote}</q>, then choose <strong>Attach here</strong> (or press h).
        </p>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {anchor ? (
        <div
          ref={ref}
          className="selection-toolbar"
          role="toolbar"
          aria-label="Re-attach"
          onMouseDown={keepSelection}
        >
          <button type="button" className="tool tool--text" onClick={onAttach}>
            <AnnotationIcon name="attach" />
            Attach here
          </button>
        </div>
      ) : null}
    </>
  );
}
