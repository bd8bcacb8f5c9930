import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TagCount } from '../../../shared/model/annotation';
import { AnnotationIcon } from './AnnotationIcon';
import { addTag, completeTags, removeTag } from './tagCompletion';

interface TagEditorProps {
  readonly tags: readonly string[];
  readonly known: readonly TagCount[];
  readonly onChange: (tags: readonly string[]) => void;
  readonly autoFocus: boolean;
}

/**
 * Tags as removable chips and a field that completes from the library's tags: Enter, Tab or a comma
 * adds, Backspace in an empty field removes the last, arrows move through the suggestions.
 */
export function TagEditor({ tags, known, onChange, autoFocus }: TagEditorProps) {
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const suggestions = open ? completeTags(known, typed, tags, 6) : [];
  const expanded = suggestions.length > 0;

  useEffect(() => {
    if (autoFocus) input.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  const commit = (raw: string): void => {
    const next = addTag(tags, raw);
    if (next !== tags) onChange(next);
    setTyped('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (Math.max(i, step === 1 ? -1 : 0) + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === ',') {
      // The highlighted suggestion if the arrows chose one, else exactly what was typed.
      const value = suggestions[active] ?? typed;
      if (value.trim() === '') return;
      event.preventDefault();
      commit(value);
    } else if (event.key === 'Tab' && typed.trim() !== '') {
      // Tab completes: the highlighted or first suggestion, else what was typed.
      event.preventDefault();
      commit(suggestions[Math.max(0, active)] ?? typed);
    } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
      const last = tags[tags.length - 1];
      if (last !== undefined) onChange(removeTag(tags, last));
    } else if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button
              type="button"
              className="tag-chip__remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(removeTag(tags, tag))}
            >
              <AnnotationIcon name="close" />
            </button>
          </li>
        ))}
        <li className="tag-editor__entry">
          <input
            ref={input}
            className="tag-editor__input"
            value={typed}
            placeholder={tags.length === 0 ? 'Add tags…' : 'Add…'}
            aria-label="Add a tag"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            onChange={(event) => {
              setTyped(event.target.value.replace(',', ''));
              setActive(-1);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              if (typed.trim() !== '') commit(typed);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} className="tag-suggestions" role="listbox" hidden={!expanded}>
            {suggestions.map((name, i) => (
              <li
                key={name}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="tag-suggestions__option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  commit(name);
                }}
              >
                {name}
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </div>
  );
}
