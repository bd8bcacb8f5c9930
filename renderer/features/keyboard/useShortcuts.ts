import { useEffect, useRef } from 'react';
import { shortcutFor, type AppView, type ShortcutCommand } from './shortcuts';

export type CommandHandlers = Partial<Record<ShortcutCommand, () => void>>;

/** Typing into a field is never a shortcut. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Enter on a control means that control (press the button), not a shortcut. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches('button, a[href], summary, [role="button"]');
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
      if (event.key === 'Enter' && isControl(event.target)) return;
      const command = shortcutFor(event, view);
      const handler = command === null ? undefined : latest.current[command];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view]);
}
