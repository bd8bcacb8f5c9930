import type { ArticleSort, SortDirection } from '../../../shared/model/article';
import { Icon } from '../../components/Icon';

type ListedSort = Extract<ArticleSort, 'date' | 'title'>;

const OPTIONS: readonly {
  readonly sort: ListedSort;
  readonly label: string;
  readonly first: SortDirection;
}[] = [
  { sort: 'date', label: 'Date', first: 'desc' },
  { sort: 'title', label: 'Title', first: 'asc' },
];

function describe(sort: ArticleSort, direction: SortDirection): string {
  if (sort === 'title') return direction === 'asc' ? 'title, A to Z' : 'title, Z to A';
  const what = sort === 'date' ? 'date' : 'date imported';
  return direction === 'desc' ? `${what}, newest first` : `${what}, oldest first`;
}

interface SortControlProps {
  readonly sort: ArticleSort;
  readonly direction: SortDirection;
  readonly onChange: (sort: ArticleSort, direction: SortDirection) => void;
}

/** Date or title; pressing the current one again reverses the order. */
export function SortControl({ sort, direction, onChange }: SortControlProps) {
  return (
    <div className="sort-control" role="group" aria-label="Sort articles">
      <span className="sort-control__label" aria-hidden="true">
        Sort
      </span>
      {OPTIONS.map((option) => {
        const active = option.sort === sort;
        const nextDirection: SortDirection = active ? (direction === 'asc' ? 'desc' : 'asc') : option.first;
        return (
          <button
            key={option.sort}
            type="button"
            className="sort-control__option"
            aria-pressed={active}
            aria-label={
              active
                ? `Sorted by ${describe(sort, direction)}. Reverse`
                : `Sort by ${describe(option.sort, option.first)}`
            }
            onClick={() => onChange(option.sort, nextDirection)}
          >
            {option.label}
            {active ? <Icon name={direction === 'asc' ? 'sort-asc' : 'sort-desc'} /> : null}
          </button>
        );
      })}
    </div>
  );
}
