import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { SearchIcon } from '../search/SearchIcon';
import type { FindController } from './useFindInArticle';

const keepFocus = (event: MouseEvent): void => event.preventDefault();

/**
 * The find bar: the box, "3 of 12", previous / next and close. Enter and Shift+Enter (or F3 and
 * Shift+F3) step through the matches, Esc closes. The buttons never take the focus from the box.
 */
export function FindBar({ find }: { readonly find: FindController }) {
  const input = useRef<HTMLInputElement>(null);

  // Opened, or Ctrl+F again: the box, its text selected to type over.
  useLayoutEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, [find.focusRequests]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      find.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      find.close();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      event.currentTarget.select();
    }
  };

  const none = find.count === 0;
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <SearchIcon name="search" />
      <input
        ref={input}
        className="find-bar__input"
        type="text"
        aria-label="Find in article"
        placeholder="Find in article"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="next"
        value={find.query}
        onChange={(event) => find.type(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <span
        className="find-bar__count"
        role="status"
        data-none={find.label === 'No matches' ? 'true' : undefined}
      >
        {find.label}
      </span>
      <span className="find-bar__divider" aria-hidden="true" />
      <button
        type="button"
        className="find-bar__button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={none}
        onMouseDown={keepFocus}
        onClick={() => find.step(-1)}
      >
        <SearchIcon name="up" />
      </button>
      <button
        type="button"
        className="find-bar__button"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={none}
        onMouseDown={keepFocus}
        onClick={() => find.step(1)}
      >
        <SearchIcon name="down" />
      </button>
      <button
        type="button"
        className="find-bar__button"
        aria-label="Close find"
        title="Close (Esc)"
        onMouseDown={keepFocus}
        onClick={find.close}
      >
        <SearchIcon name="close" />
      </button>
    </div>
  );
}
