import { useEffect, useRef } from 'react';
import { shortcutFor, type AppView, type ShortcutCommand } from './shortcuts';

export type CommandHandlers = Partial<Record<Exclude<ShortcutCommand, 'startSequence'>, () => void>>;

/** How long after `g` the second key of a sequence may come. */
export const SEQUENCE_MS = 1500;

/**
 * The pending `g` of a sequence, shared by every binding (the app's and a view's both listen, and
 * whichever has a handler for the second key takes it). Cleared once the key after it is handled.
 */
let sequence: { readonly key: 'g'; readonly event: Event; readonly at: number } | null = null;

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);

function pendingSequence(event: KeyboardEvent): 'g' | null {
  const pending = sequence;
  if (pending === null || pending.event === event) return null;
  if (event.timeStamp - pending.at > SEQUENCE_MS) {
    sequence = null;
    return null;
  }
  // Every binding sees this key with the sequence still pending; it ends once they all have.
  setTimeout(() => {
    if (sequence === pending) sequence = null;
  }, 0);
  return pending.key;
}

/** Typing into a field is never a shortcut. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Enter on a control means that control (press the button), not a shortcut. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches('button, a[href], summary, [role="button"]');
}

function textSelected(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * Binds the key map of `view` to `handlers` while `view` is set. Only keys with a handler are
 * claimed (preventDefault); everything else keeps its browser meaning, e.g. Space scrolls.
 */
export function useShortcuts(view: AppView | null, handlers: CommandHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (view === null) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || isEditable(event.target)) return;
      // A modal dialog (restore, export…) owns the keyboard: the page behind it is inert.
      if (event.target instanceof Element && event.target.closest(':modal')) return;
      if (MODIFIERS.has(event.key)) return;
      if (event.key === 'Enter' && isControl(event.target)) return;
      const context = { sequence: pendingSequence(event), textSelected: textSelected() };
      const command = shortcutFor(event, view, context);
      if (command === 'startSequence') {
        sequence = { key: 'g', event, at: event.timeStamp };
        event.preventDefault();
        return;
      }
      const handler = command === null ? undefined : latest.current[command];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view]);
}
