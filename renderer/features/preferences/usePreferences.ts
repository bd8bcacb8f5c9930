import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/model/preferences';
import { gloss } from '../../gloss';

export type PreferencesPatch = Partial<Preferences>;

export type PreferencesState =
  | { readonly status: 'loading'; readonly preferences: Preferences }
  | { readonly status: 'error'; readonly preferences: Preferences; readonly error: Error }
  | {
      readonly status: 'ready';
      readonly preferences: Preferences;
      /** As loaded at startup, before this session changed anything: where to resume. */
      readonly initial: Preferences;
    };

export interface PreferencesController {
  readonly state: PreferencesState;
  /**
   * Applies at once and saves in the background; saves go out in the order they were made.
   * `lastArticleId`/`lastScroll` are only saved (the running app keeps its place itself).
   */
  readonly update: (patch: PreferencesPatch) => void;
  readonly retry: () => void;
  /** The last save that failed, in plain words; null when all saved. */
  readonly saveError: string | null;
  readonly dismissSaveError: () => void;
}

/** Saved for the next start only; the running app never reads them back. */
const POSITION_KEYS: ReadonlySet<string> = new Set<keyof Preferences>(['lastArticleId', 'lastScroll']);

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export function usePreferences(): PreferencesController {
  const [state, setState] = useState<PreferencesState>({
    status: 'loading',
    preferences: DEFAULT_PREFERENCES,
  });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    gloss.getPreferences().then(
      (loaded) => {
        if (live) setState({ status: 'ready', preferences: loaded, initial: loaded });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', preferences: DEFAULT_PREFERENCES, error: asError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const update = useCallback((patch: PreferencesPatch) => {
    // The reading position is saved often while scrolling and shown nowhere: no re-render for it.
    if (!Object.keys(patch).every((key) => POSITION_KEYS.has(key))) {
      setState((current) => ({ ...current, preferences: { ...current.preferences, ...patch } }));
    }
    // One at a time, so "leave the article" can never overtake the last scroll save.
    queue.current = queue.current.then(() =>
      gloss.updatePreferences(patch).then(
        () => undefined,
        (error: unknown) => setSaveError(`Could not save your settings: ${asError(error).message}`),
      ),
    );
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading', preferences: DEFAULT_PREFERENCES });
    setAttempt((n) => n + 1);
  }, []);

  const dismissSaveError = useCallback(() => setSaveError(null), []);

  return { state, update, retry, saveError, dismissSaveError };
}
