/** Line icons for search and find, drawn in the text colour; the controls carry their own labels. */

export type SearchIconName = 'search' | 'up' | 'down' | 'close' | 'enter';

const PATHS: Record<SearchIconName, readonly string[]> = {
  search: ['M10.5 17.5a7 7 0 1 0 0-14 7 7 0 0 0 0 14Z', 'M15.5 15.5 20.5 20.5'],
  up: ['M6 15l6-6 6 6'],
  down: ['M6 9l6 6 6-6'],
  close: ['M6.5 6.5l11 11M17.5 6.5l-11 11'],
  enter: ['M19 5v7a3 3 0 0 1-3 3H6', 'M10 11l-4 4 4 4'],
};

export function SearchIcon({ name }: { readonly name: SearchIconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
