import { useRef } from 'react';
import type { Annotation, TagCount } from '../../../shared/model/annotation';
import { AnchorBadge } from './AnchorBadge';
import { AnnotationIcon } from './AnnotationIcon';
import { CopyQuoteButtons } from './CopyQuoteButtons';
import type { ColorNames } from './colors';
import { ColorSwatches } from './ColorSwatches';
import { formatStamp } from './format';
import { NoteField } from './NoteField';
import { usePlacement, type PageBox } from './placement';
import { TagEditor } from './TagEditor';
import type { AnnotationPatch } from './useArticleAnnotations';

interface AnnotationEditorProps {
  readonly annotation: Annotation;
  readonly anchor: PageBox;
  readonly names: ColorNames;
  readonly knownTags: readonly TagCount[];
  /** What takes the keyboard when it opens. */
  readonly focus: 'note' | 'tags' | 'none';
  readonly onChange: (patch: AnnotationPatch) => void;
  readonly onDelete: () => void;
  readonly onCopy: () => void;
  readonly onCite: () => void;
  readonly onReattach: () => void;
  readonly onClose: () => void;
}

/** One annotation, open for editing next to its text: colour, style, note, tags; every change saved at once. */
export function AnnotationEditor(props: AnnotationEditorProps) {
  const { annotation: a, names } = props;
  const ref = useRef<HTMLElement>(null);
  usePlacement(ref, props.anchor, 'below');
  const edited = a.updatedAt !== a.createdAt;
  return (
    <section
      ref={ref}
      className={`annotation-editor annotation-editor--${a.color}`}
      role="dialog"
      aria-label="Highlight and note"
      data-annotation-id={a.id}
    >
      <div className="annotation-editor__bar">
        <ColorSwatches
          names={names}
          value={a.color}
          onPick={(color) => props.onChange({ color })}
          verb="Colour"
        />
        <div className="style-toggle" role="group" aria-label="Style">
          <button
            type="button"
            className="style-toggle__option"
            aria-pressed={a.style === 'highlight'}
            onClick={() => props.onChange({ style: 'highlight' })}
            title="Highlight"
          >
            <AnnotationIcon name="highlighter" />
            <span className="visually-hidden">Highlight</span>
          </button>
          <button
            type="button"
            className="style-toggle__option"
            aria-pressed={a.style === 'underline'}
            onClick={() => props.onChange({ style: 'underline' })}
            title="Underline"
          >
            <AnnotationIcon name="underline" />
            <span className="visually-hidden">Underline</span>
          </button>
        </div>
        <button
          type="button"
          className="tool tool--close"
          onClick={props.onClose}
          aria-label="Close"
          title="Close (Esc)"
        >
          <AnnotationIcon name="close" />
        </button>
      </div>
      <p className="annotation-editor__meaning">
        <span className={`swatch-dot swatch--${a.color}`} aria-hidden="true" />
        {names[a.color]}
        <AnchorBadge anchor={a.anchor} />
      </p>
      <NoteField
        value={a.note}
        onSave={(note) => props.onChange({ note })}
        autoFocus={props.focus === 'note'}
      />
      <TagEditor
        tags={a.tags}
        known={props.knownTags}
        onChange={(tags) => props.onChange({ tags })}
        autoFocus={props.focus === 'tags'}
      />
      <footer className="annotation-editor__footer">
        <span className="annotation-editor__date" title={formatStamp(a.createdAt, true)}>
          {edited ? `Edited ${formatStamp(a.updatedAt)}` : `Added ${formatStamp(a.createdAt)}`}
        </span>
        <span className="annotation-editor__actions">
          {a.anchor === 'orphan' ? (
            <button
              type="button"
              className="tool"
              onClick={props.onReattach}
              aria-label="Re-attach"
              title="Re-attach to a passage"
            >
              <AnnotationIcon name="attach" />
            </button>
          ) : null}
          <CopyQuoteButtons onCopy={props.onCopy} onCite={props.onCite} />
          <button
            type="button"
            className="tool tool--danger"
            onClick={props.onDelete}
            aria-label="Delete highlight"
            title="Delete (restorable from Recently deleted; Ctrl+Z undoes)"
          >
            <AnnotationIcon name="trash" />
          </button>
        </span>
      </footer>
    </section>
  );
}
