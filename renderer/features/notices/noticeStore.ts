import { useSyncExternalStore } from 'react';

/** A notice for the banner at the top of the window: what Gloss did to the library, in plain words. */
export interface AppNotice {
  readonly id: number;
  /** A problem (the library was found damaged) is announced at once; news (a restore done) politely. */
  readonly tone: 'problem' | 'info';
  readonly title: string;
  readonly message: string;
  /** Smaller print: where a file was kept, what the check found. */
  readonly details?: readonly string[];
  /** Take the keyboard focus when shown (after an action whose own controls are gone, such as a restore). */
  readonly focus?: boolean;
}

type Listener = () => void;

let notices: readonly AppNotice[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function publish(next: readonly AppNotice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

/** Shows a notice until it is dismissed; returns its id. */
export function showNotice(notice: Omit<AppNotice, 'id'>): number {
  const id = nextId++;
  publish([...notices, { ...notice, id }]);
  return id;
}

export function dismissNotice(id: number): void {
  publish(notices.filter((notice) => notice.id !== id));
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotices(): readonly AppNotice[] {
  return useSyncExternalStore(subscribe, () => notices);
}
