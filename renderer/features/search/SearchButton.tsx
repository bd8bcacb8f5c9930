import { SearchIcon } from './SearchIcon';

/** The way into library search from a header, showing its key. */
export function SearchButton({ onOpen }: { readonly onOpen: () => void }) {
  return (
    <button
      type="button"
      className="control control--labelled search-button"
      onClick={onOpen}
      title="Search the library (Ctrl+K or /)"
      aria-keyshortcuts="Control+K /"
    >
      <SearchIcon name="search" />
      <span className="control-text">Search</span>
      <kbd className="search-button__key" aria-hidden="true">
        Ctrl K
      </kbd>
    </button>
  );
}
