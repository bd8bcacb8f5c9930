import { useRef } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import type { ColorNames } from './colors';
import { NoteText } from './NoteText';
import { usePlacement, type PageBox } from './placement';

interface HoverNoteProps {
  readonly annotation: Annotation;
  readonly anchor: PageBox;
  readonly names: ColorNames;
}

/** The note of the highlight under the pointer, shown above it; click opens it for editing. */
export function HoverNote({ annotation, anchor, names }: HoverNoteProps) {
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(ref, anchor, 'above');
  return (
    <div ref={ref} className="hover-note" role="tooltip">
      <p className="hover-note__meaning">
        <span className={`swatch-dot swatch--${annotation.color}`} aria-hidden="true" />
        {names[annotation.color]}
        {annotation.tags.length > 0 ? (
          <span className="hover-note__tags"> · {annotation.tags.join(', ')}</span>
        ) : null}
      </p>
      <NoteText note={annotation.note} />
      <p className="hover-note__hint">Click to edit</p>
    </div>
  );
}
