import { memo } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import { AnchorBadge } from '../annotations/AnchorBadge';
import type { ColorNames } from '../annotations/colors';
import { formatStamp } from '../annotations/format';
import { NoteText } from '../annotations/NoteText';
import { TagList } from '../annotations/TagList';

interface NotebookItemProps {
  readonly annotation: Annotation;
  /** Shown unless the list is grouped under the article already. */
  readonly articleTitle: string | null;
  readonly names: ColorNames;
  readonly onOpen: (annotation: Annotation) => void;
}

/** One annotation in the notebook; opening it opens the article at it. */
export const NotebookItem = memo(function NotebookItem({
  annotation: a,
  articleTitle,
  names,
  onOpen,
}: NotebookItemProps) {
  return (
    <li className={`notebook-item notebook-item--${a.color}`} data-annotation-id={a.id}>
      <button type="button" className="notebook-item__open" onClick={() => onOpen(a)}>
        {articleTitle !== null ? <span className="notebook-item__article">{articleTitle}</span> : null}
        <span className="notebook-item__quote">{a.quote.exact}</span>
        <span className="notebook-item__meta">
          <span className={`swatch-dot swatch--${a.color}`} aria-hidden="true" />
          <span className="notebook-item__meaning">{names[a.color]}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={a.createdAt}>{formatStamp(a.createdAt)}</time>
          <AnchorBadge anchor={a.anchor} />
        </span>
      </button>
      <NoteText note={a.note} className="notebook-item__note" />
      <TagList tags={a.tags} />
    </li>
  );
});
