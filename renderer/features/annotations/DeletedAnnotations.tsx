import type { DeletedAnnotation } from '../../../shared/model/annotation';
import { AnnotationIcon } from './AnnotationIcon';
import { formatStamp, shortQuote } from './format';

interface DeletedAnnotationsProps {
  readonly deleted: readonly DeletedAnnotation[];
  readonly onRestore: (id: string) => void;
  readonly onPurge: (id: string) => void;
}

/** "Recently deleted": highlights kept until purged, each restorable with its note and tags. */
export function DeletedAnnotations({ deleted, onRestore, onPurge }: DeletedAnnotationsProps) {
  if (deleted.length === 0) return null;
  return (
    <details className="sidebar-section deleted-annotations">
      <summary className="sidebar-section__summary">
        Recently deleted <span className="count">{deleted.length}</span>
      </summary>
      <ul className="deleted-annotations__list">
        {deleted.map((a) => (
          <li key={a.id} className="deleted-annotation" data-annotation-id={a.id}>
            <span className={`swatch-dot swatch--${a.color}`} aria-hidden="true" />
            <span className="deleted-annotation__text">
              <span className="deleted-annotation__quote">{shortQuote(a.quote.exact, 90)}</span>
              <span className="deleted-annotation__date">Deleted {formatStamp(a.deletedAt, true)}</span>
            </span>
            <span className="deleted-annotation__actions">
              <button
                type="button"
                className="tool"
                onClick={() => onRestore(a.id)}
                aria-label={`Restore “${shortQuote(a.quote.exact, 40)}”`}
                title="Restore"
              >
                <AnnotationIcon name="restore" />
              </button>
              <button
                type="button"
                className="tool tool--danger"
                onClick={() => onPurge(a.id)}
                aria-label={`Delete for good “${shortQuote(a.quote.exact, 40)}”`}
                title="Delete for good (cannot be undone)"
              >
                <AnnotationIcon name="trash" />
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
