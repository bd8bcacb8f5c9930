import { Fragment } from 'react';
import { formatArticleCount, formatCount } from '../library/format';
import type { QueryFeedback } from './queryFeedback';

interface SearchStatusProps {
  readonly total: number;
  readonly shown: number;
  readonly feedback: QueryFeedback;
}

function List({ words }: { readonly words: readonly string[] }) {
  return (
    <>
      {words.map((word, i) => (
        <Fragment key={word}>
          {i > 0 ? (i === words.length - 1 ? ' or ' : ', ') : null}
          <strong className="search-status__word">{word}</strong>
        </Fragment>
      ))}
    </>
  );
}

/** How many articles matched, and how the query was read: corrections, other spellings, ignored filters. */
export function SearchStatus({ total, shown, feedback }: SearchStatusProps) {
  return (
    <div className="search-status">
      <p className="search-status__count">
        {total === 0
          ? 'No articles match'
          : shown < total
            ? `${formatArticleCount(total)}, best ${formatCount(shown)} shown`
            : formatArticleCount(total)}
      </p>
      {feedback.corrections.map(({ typed, shown: meant }) => (
        <p className="search-status__note search-status__note--correction" key={`c-${typed}`}>
          Showing results for <List words={meant} />{' '}
          <span className="search-status__typed">(you typed {typed})</span>
        </p>
      ))}
      {feedback.variants.map(({ typed, also }) => (
        <p className="search-status__note" key={`v-${typed}`}>
          {typed} also matches <List words={also} />
        </p>
      ))}
      {feedback.unknown.map((word) => (
        <p className="search-status__note" key={`u-${word}`}>
          No word like <strong className="search-status__word">{word}</strong> in your library
        </p>
      ))}
      {feedback.ignored.map(({ filter, why }) => (
        <p className="search-status__note search-status__note--ignored" key={`i-${filter}`}>
          Ignored <code className="search-help__code">{filter}</code>: {why}
        </p>
      ))}
    </div>
  );
}
