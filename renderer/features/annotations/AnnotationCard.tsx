import { memo, useCallback, type MouseEvent } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import { AnchorBadge } from './AnchorBadge';
import { AnnotationIcon } from './AnnotationIcon';
import type { ColorNames } from './colors';
import { formatStamp } from './format';
import { NoteText } from './NoteText';
import { TagList } from './TagList';

interface AnnotationCardProps {
  readonly annotation: Annotation;
  readonly current: boolean;
  readonly names: ColorNames;
  readonly onOpen: (annotation: Annotation, card: HTMLElement) => void;
  readonly onReattach: (annotation: Annotation) => void;
}

/** One annotation in the sidebar: its colour and meaning, quote, note, tags and date. */
export const AnnotationCard = memo(function AnnotationCard({
  annotation: a,
  current,
  names,
  onOpen,
  onReattach,
}: AnnotationCardProps) {
  const open = useCallback(
    (event: MouseEvent<HTMLButtonElement>) => {
      const card = event.currentTarget.closest<HTMLElement>('.annotation-card');
      if (card) onOpen(a, card);
    },
    [a, onOpen],
  );
  return (
    <div
      role="listitem"
      className={`annotation-card annotation-card--${a.color} annotation-card--${a.style}`}
      data-annotation-id={a.id}
      data-anchor={a.anchor}
      aria-current={current ? 'true' : undefined}
    >
      <button type="button" className="annotation-card__open" onClick={open}>
        <span className="annotation-card__meta">
          <span className={`swatch-dot swatch--${a.color}`} aria-hidden="true" />
          <span className="annotation-card__meaning">{names[a.color]}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={a.createdAt} title={formatStamp(a.createdAt, true)}>
            {formatStamp(a.createdAt)}
          </time>
          <AnchorBadge anchor={a.anchor} />
        </span>
        <span className="annotation-card__quote">{a.quote.exact}</span>
      </button>
      <NoteText note={a.note} className="annotation-card__note" />
      <TagList tags={a.tags} />
      {a.anchor === 'orphan' ? (
        <div className="annotation-card__actions">
          <button type="button" className="button button--small" onClick={() => onReattach(a)}>
            <AnnotationIcon name="attach" />
            Re-attach
          </button>
        </div>
      ) : null}
    </div>
  );
});
