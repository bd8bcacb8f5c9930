import { useEffect, useRef, useState } from 'react';
import { NOTE_MAX_LENGTH } from '../../../shared/model/annotation';
import { useDebouncedCallback } from './useDebouncedCallback';

/** How long typing may pause before the note is saved. */
export const NOTE_SAVE_MS = 400;

interface NoteFieldProps {
  readonly value: string;
  readonly onSave: (note: string) => void;
  readonly autoFocus: boolean;
}

/** The note, saved as it is typed (after a pause) and when the field is left; no save button. */
export function NoteField({ value, onSave, autoFocus }: NoteFieldProps) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const saved = useRef(value);
  const save = useDebouncedCallback((note: string) => {
    if (note === saved.current) return;
    saved.current = note;
    onSave(note);
  }, NOTE_SAVE_MS);

  // A change from elsewhere (undo, another view) shows here unless the note is being typed.
  useEffect(() => {
    if (focused || value === saved.current) return;
    saved.current = value;
    setDraft(value);
  }, [value, focused]);

  useEffect(() => {
    if (!autoFocus) return;
    const element = field.current;
    element?.focus({ preventScroll: true });
    element?.setSelectionRange(element.value.length, element.value.length);
  }, [autoFocus]);

  return (
    <div className="note-field">
      <label className="visually-hidden" htmlFor="annotation-note">
        Note
      </label>
      <textarea
        id="annotation-note"
        ref={field}
        className="note-field__input"
        value={draft}
        rows={Math.min(10, Math.max(3, draft.split('\n').length + 1))}
        maxLength={NOTE_MAX_LENGTH}
        placeholder="Add a note…"
        onChange={(event) => {
          setDraft(event.target.value);
          save.call(event.target.value);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          save.flush();
        }}
      />
      <p className="note-field__hint" aria-hidden="true">
        **bold** · *italic* · `code` · - list · saved as you type
      </p>
    </div>
  );
}
