import { useId, useMemo, useState } from 'react';
import { useArticleChoices } from './useArticleChoices';

/** Most rows listed at once; typing narrows the list. */
const SHOWN = 200;

interface ArticlePickerProps {
  readonly chosen: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
}

/** The "chosen articles" scope: every article by title, with a box to narrow the list. */
export function ArticlePicker({ chosen, onChange }: ArticlePickerProps) {
  const { articles, loading } = useArticleChoices(true);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const needle = filter.trim().toLowerCase();
  const matching = useMemo(
    () => (needle === '' ? articles : articles.filter((a) => a.title.toLowerCase().includes(needle))),
    [articles, needle],
  );
  const toggle = (id: string, on: boolean): void =>
    onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));

  return (
    <div className="article-picker">
      <div className="article-picker__bar">
        <label className="visually-hidden" htmlFor={filterId}>
          Narrow the list of articles
        </label>
        <input
          id={filterId}
          className="field"
          type="search"
          placeholder="Find an article by title"
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
        />
        <span className="article-picker__count" aria-live="polite">
          {chosen.length} chosen
        </span>
      </div>
      <ul className="article-picker__list" aria-label="Articles to export" aria-busy={loading}>
        {matching.slice(0, SHOWN).map((article) => (
          <li key={article.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosenSet.has(article.id)}
                onChange={(event) => toggle(article.id, event.currentTarget.checked)}
              />
              <span>{article.title}</span>
            </label>
          </li>
        ))}
        {matching.length > SHOWN ? (
          <li className="article-picker__more">{matching.length - SHOWN} more: type to narrow the list.</li>
        ) : null}
        {!loading && matching.length === 0 ? (
          <li className="article-picker__more">No article matches.</li>
        ) : null}
      </ul>
    </div>
  );
}
