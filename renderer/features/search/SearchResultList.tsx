import { memo, useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { AnnotationSearchHit, SearchHit } from '../../../shared/model/search';
import { AnnotationResults } from './AnnotationResults';
import { ArticleDate, MetaLine } from '../library/ArticleMeta';
import { snippetCuts } from './markedSegments';
import { MarkedText } from './MarkedText';

interface SearchResultListProps {
  readonly id: string;
  readonly hits: readonly SearchHit[];
  /** Highlights and notes, listed first (options 0…n−1); the articles' options follow. */
  readonly annotations?: readonly AnnotationSearchHit[];
  readonly annotationTotal?: number;
  readonly active: number;
  readonly optionId: (index: number) => string;
  readonly onActivate: (index: number) => void;
  readonly onOpen: (index: number) => void;
}

interface HitGroupProps {
  readonly hit: SearchHit;
  /** Index of the hit's title option among all options; its passages follow. */
  readonly first: number;
  /** The active option's index, when it is in this group; else −1 (so other groups do not re-render). */
  readonly active: number;
  readonly optionId: (index: number) => string;
  readonly onActivate: (index: number) => void;
  readonly onOpen: (index: number) => void;
}

const HitGroup = memo(function HitGroup({ hit, first, active, optionId, onActivate, onOpen }: HitGroupProps) {
  const titleId = `${optionId(first)}-title`;
  // Hovering picks an option, as the keys do; pressing opens it without taking focus from the box.
  const handlers = (index: number) => ({
    onMouseMove: () => {
      if (index !== active) onActivate(index);
    },
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
    onClick: () => onOpen(index),
  });
  return (
    <div role="group" aria-labelledby={titleId} className="search-hit">
      <div
        role="option"
        id={optionId(first)}
        aria-selected={active === first}
        className="search-option search-option--title"
        {...handlers(first)}
      >
        <span className="search-hit__title" id={titleId}>
          <MarkedText text={hit.title} ranges={hit.titleRanges} />
        </span>
        <MetaLine
          className="search-hit__meta"
          parts={[
            hit.source ? <span className="meta-source">{hit.source}</span> : null,
            <ArticleDate publishedAt={hit.publishedAt} />,
          ]}
        />
      </div>
      {hit.passages.map((passage, i) => {
        const index = first + 1 + i;
        const cuts = snippetCuts(passage.snippet);
        return (
          <div
            role="option"
            key={passage.start}
            id={optionId(index)}
            aria-selected={active === index}
            className="search-option search-option--passage"
            {...handlers(index)}
          >
            <p className="search-passage">
              {cuts.before ? '…' : null}
              <MarkedText text={passage.snippet} ranges={passage.ranges} />
              {cuts.after ? '…' : null}
            </p>
          </div>
        );
      })}
    </div>
  );
});

/** Index of each hit's title option: a title, then its passages, hit after hit, from `first`. */
function groupStarts(hits: readonly SearchHit[], first: number): number[] {
  const starts: number[] = [];
  let at = first;
  for (const hit of hits) {
    starts.push(at);
    at += 1 + hit.passages.length;
  }
  return starts;
}

/**
 * The results as a listbox of article groups: each article's title (with source and date), then up
 * to three passages, every one an option of its own. The box keeps the focus (aria-activedescendant);
 * the active option is kept in view.
 */
export function SearchResultList(props: SearchResultListProps) {
  const { id, hits, active, optionId, onActivate, onOpen } = props;
  const annotations = props.annotations ?? [];
  const list = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (active < 0) return;
    const element = list.current?.querySelector(`#${CSS.escape(optionId(active))}`);
    // The first option of a group brings the whole title into view; the first of all, the top of the list.
    if (active === 0) list.current?.parentElement?.scrollTo({ top: 0 });
    else element?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  const starts = groupStarts(hits, annotations.length);
  return (
    <div role="listbox" id={id} aria-label="Results" className="search-results" ref={list}>
      <AnnotationResults
        hits={annotations}
        total={props.annotationTotal ?? annotations.length}
        active={active < annotations.length ? active : -1}
        optionId={optionId}
        onActivate={onActivate}
        onOpen={onOpen}
      />
      {hits.map((hit, i) => {
        const start = starts[i] ?? 0;
        const end = start + 1 + hit.passages.length;
        const activeHere = active >= start && active < end ? active : -1;
        return (
          <HitGroup
            key={hit.articleId}
            hit={hit}
            first={start}
            active={activeHere}
            optionId={optionId}
            onActivate={onActivate}
            onOpen={onOpen}
          />
        );
      })}
    </div>
  );
}
