import { useId, type Ref } from 'react';
import { COLOR_IDS, type ColorId, type TagCount } from '../../../shared/model/annotation';
import type { ColorNames } from '../annotations/colors';
import type { NotebookArticle } from './useNotebook';
import type { NotebookFilter, NotebookSort } from './notebookQuery';

interface NotebookFiltersProps {
  readonly filter: NotebookFilter;
  readonly sort: NotebookSort;
  readonly names: ColorNames;
  readonly tags: readonly TagCount[];
  readonly articles: readonly NotebookArticle[];
  readonly searchRef: Ref<HTMLInputElement>;
  readonly onFilterChange: (filter: NotebookFilter) => void;
  readonly onSortChange: (sort: NotebookSort) => void;
}

const SORTS: readonly { readonly id: NotebookSort; readonly label: string }[] = [
  { id: 'newest', label: 'Newest first' },
  { id: 'oldest', label: 'Oldest first' },
  { id: 'article', label: 'By article' },
];

function toggle(colors: readonly ColorId[], id: ColorId): ColorId[] {
  return colors.includes(id) ? colors.filter((c) => c !== id) : [...colors, id];
}

/** Text, colour, tag and article filters, and the order. */
export function NotebookFilters({
  filter,
  sort,
  names,
  tags,
  articles,
  searchRef,
  onFilterChange: change,
  onSortChange,
}: NotebookFiltersProps) {
  const id = useId();
  return (
    <div className="notebook-filters">
      <label className="notebook-search">
        <span className="visually-hidden">Filter by text</span>
        <input
          ref={searchRef}
          type="search"
          className="notebook-search__input"
          placeholder="Filter quotes, notes and tags…"
          title="Filter (/)"
          value={filter.text}
          onChange={(event) => change({ ...filter, text: event.target.value })}
        />
        <kbd className="notebook-search__key" aria-hidden="true">
          /
        </kbd>
      </label>
      <div className="color-filter" role="group" aria-label="Colours">
        {COLOR_IDS.map((color) => (
          <button
            key={color}
            type="button"
            className="color-filter__option"
            data-color={color}
            aria-pressed={filter.colors.includes(color)}
            onClick={() => change({ ...filter, colors: toggle(filter.colors, color) })}
          >
            <span className={`swatch-dot swatch--${color}`} aria-hidden="true" />
            {names[color]}
          </button>
        ))}
      </div>
      <div className="notebook-filters__row">
        <div className="notebook-select">
          <label className="notebook-select__label" htmlFor={`${id}-tag`}>
            Tag
          </label>
          <select
            id={`${id}-tag`}
            value={filter.tag ?? ''}
            onChange={(event) =>
              change({ ...filter, tag: event.target.value === '' ? null : event.target.value })
            }
          >
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name} ({t.count})
              </option>
            ))}
          </select>
        </div>
        <div className="notebook-select">
          <label className="notebook-select__label" htmlFor={`${id}-article`}>
            Article
          </label>
          <select
            id={`${id}-article`}
            value={filter.articleId ?? ''}
            onChange={(event) =>
              change({ ...filter, articleId: event.target.value === '' ? null : event.target.value })
            }
          >
            <option value="">All</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="notebook-select notebook-select--sort">
          <label className="notebook-select__label" htmlFor={`${id}-order`}>
            Order
          </label>
          <select
            id={`${id}-order`}
            value={sort}
            onChange={(event) => onSortChange(event.target.value as NotebookSort)}
          >
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
