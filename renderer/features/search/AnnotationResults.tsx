import { memo, type MouseEvent } from 'react';
import type { AnnotationSearchHit, SearchExcerpt } from '../../../shared/model/search';
import { MarkedText } from './MarkedText';

interface AnnotationResultsProps {
  readonly hits: readonly AnnotationSearchHit[];
  /** Matching highlights and notes in all (more than shown when the query is broad). */
  readonly total: number;
  /** The active option's index when it is one of these (they are options 0…n−1), else −1. */
  readonly active: number;
  readonly optionId: (index: number) => string;
  readonly onActivate: (index: number) => void;
  readonly onOpen: (index: number) => void;
}

function Excerpt({ excerpt, className }: { readonly excerpt: SearchExcerpt; readonly className: string }) {
  return (
    <p className={className}>
      {excerpt.cutBefore ? '…' : null}
      <MarkedText text={excerpt.text} ranges={excerpt.ranges} />
      {excerpt.cutAfter ? '…' : null}
    </p>
  );
}

/**
 * The highlights and notes a search matched, as one group of options above the articles: the quote
 * in its colour, the note beneath, the article it belongs to. Choosing one opens the article at it.
 */
export const AnnotationResults = memo(function AnnotationResults(props: AnnotationResultsProps) {
  const { hits, total, active, optionId, onActivate, onOpen } = props;
  if (hits.length === 0) return null;
  const headingId = `${optionId(0)}-heading`;
  const more = total - hits.length;
  return (
    <div role="group" aria-labelledby={headingId} className="search-annotations">
      <p className="search-annotations__heading" id={headingId}>
        Highlights and notes
        <span className="search-annotations__count">
          {more > 0
            ? ` · ${hits.length} of ${total} (more below the articles, or narrow with words, color:, tag:)`
            : ''}
        </span>
      </p>
      {hits.map((hit, index) => (
        <div
          role="option"
          key={hit.annotationId}
          id={optionId(index)}
          aria-selected={active === index}
          className="search-option search-option--annotation"
          data-color={hit.color}
          onMouseMove={() => {
            if (index !== active) onActivate(index);
          }}
          onMouseDown={(event: MouseEvent) => event.preventDefault()}
          onClick={() => onOpen(index)}
        >
          <Excerpt
            excerpt={hit.quote}
            className={`search-annotation__quote search-annotation__quote--${hit.style}`}
          />
          {hit.note.text !== '' ? <Excerpt excerpt={hit.note} className="search-annotation__note" /> : null}
          <p className="search-hit__meta search-annotation__meta">
            <span className="search-annotation__color">{hit.colorName}</span>
            {hit.tags.length > 0 ? <span> · {hit.tags.map((t) => `#${t}`).join(' ')}</span> : null}
            <span> · {hit.articleTitle}</span>
            {hit.anchor === 'orphan' ? <span> · no longer found in the text</span> : null}
          </p>
        </div>
      ))}
    </div>
  );
});
