import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Annotation,
  AnnotationStyle,
  ColorId,
  DeletedAnnotation,
  HistoryResult,
} from '../../../shared/model/annotation';
import { gloss } from '../../gloss';
import { afterPaint } from '../../perf';
import { upsertSorted } from './annotationOrder';
import { useAnnotationsGeneration } from './annotationChanges';

export interface NewHighlight {
  readonly start: number;
  readonly end: number;
  /** The selected text, shown until the main process answers with the stored quote. */
  readonly text: string;
  readonly color: ColorId;
  readonly style: AnnotationStyle;
}

export interface AnnotationPatch {
  readonly color?: ColorId;
  readonly style?: AnnotationStyle;
  readonly note?: string;
  readonly tags?: readonly string[];
}

/** What an undo or redo did (`result` null: there was nothing to undo or redo). */
export interface HistoryStep {
  readonly kind: 'undo' | 'redo';
  readonly result: HistoryResult;
}

export interface Created {
  /** Drawn at once, under a temporary id, while the main process stores it. */
  readonly provisional: Annotation;
  /** The stored annotation, or null if it could not be stored (the provisional one is then gone). */
  readonly saved: Promise<Annotation | null>;
}

export interface ArticleAnnotations {
  readonly status: 'loading' | 'ready' | 'error';
  /** In document order; orphans included (they keep their last position). */
  readonly items: readonly Annotation[];
  /** This article's "Recently deleted", newest first. */
  readonly deleted: readonly DeletedAnnotation[];
  /** A change that did not go through, in plain words. */
  readonly problem: string | null;
  readonly dismissProblem: () => void;
  readonly create: (input: NewHighlight) => Created;
  readonly update: (id: string, patch: AnnotationPatch) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
  readonly restore: (id: string) => Promise<void>;
  readonly purge: (id: string) => Promise<void>;
  readonly reattach: (id: string, start: number, end: number) => Promise<void>;
  /** Resolves with what was undone, or null if the undo itself failed (then reported as a problem). */
  readonly undo: () => Promise<HistoryStep | null>;
  readonly redo: () => Promise<HistoryStep | null>;
  readonly reload: () => Promise<void>;
}

const PROVISIONAL_PREFIX = 'provisional:';

/**
 * Resolves once the frame being prepared now has been painted (as perf.ts's markAfterPaint), and
 * after whatever else was already waiting for that paint.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => afterPaint(() => setTimeout(resolve, 0)));
}
let provisionalCount = 0;

export function isProvisional(id: string): boolean {
  return id.startsWith(PROVISIONAL_PREFIX);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The annotations of one article and every change to them. Changes are saved at once, one after
 * another in the order made (so an undo never overtakes the highlight it should undo), and shown
 * before the main process answers; a change that fails is rolled back and reported.
 */
export function useArticleAnnotations(articleId: string): ArticleAnnotations {
  const [status, setStatus] = useState<ArticleAnnotations['status']>('loading');
  const [items, setItems] = useState<readonly Annotation[]>([]);
  const [deleted, setDeleted] = useState<readonly DeletedAnnotation[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Provisional id → stored id, for changes made before the main process answered. */
  const stored = useRef(new Map<string, string>());
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  /** Runs jobs one at a time, in order; a failed job does not stop the next. */
  const run = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(job, job);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const fetchAll = useCallback(async () => {
    const [list, gone] = await Promise.all([
      gloss.listAnnotations({ articleId }),
      gloss.listDeletedAnnotations(),
    ]);
    if (!live.current) return;
    setItems(list);
    setDeleted(gone.filter((a) => a.articleId === articleId));
    setStatus('ready');
  }, [articleId]);

  const reload = useCallback(() => run(fetchAll), [run, fetchAll]);
  // Loaded on open, and again when annotations come in from elsewhere (an import).
  const outside = useAnnotationsGeneration();

  useEffect(() => {
    reload().catch((error: unknown) => {
      if (!live.current) return;
      setProblem(`Your highlights could not be loaded: ${message(error)}`);
      setStatus('error');
    });
  }, [reload, outside]);

  const fail = useCallback(
    async (what: string, error: unknown) => {
      setProblem(`${what}: ${message(error)}`);
      // Show what is really stored again.
      await fetchAll().catch(() => undefined);
    },
    [fetchAll],
  );

  const create = useCallback(
    (input: NewHighlight): Created => {
      const now = new Date().toISOString();
      const provisional: Annotation = {
        id: `${PROVISIONAL_PREFIX}${++provisionalCount}`,
        articleId,
        quote: { type: 'TextQuoteSelector', exact: input.text, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: input.start, end: input.end },
        color: input.color,
        style: input.style,
        note: '',
        tags: [],
        anchor: 'exact',
        createdAt: now,
        updatedAt: now,
      };
      // The text is painted by the caller at once; the lists follow once that frame is on screen, so
      // re-rendering them (the sidebar's cards) never delays the highlight itself.
      const listed = afterNextPaint().then(() =>
        startTransition(() => setItems((list) => upsertSorted(list, provisional))),
      );
      const saved = run(async () => {
        try {
          const request = gloss.createAnnotation({
            articleId,
            start: input.start,
            end: input.end,
            color: input.color,
            style: input.style,
          });
          request.catch(() => undefined); // handled below, once the list has it
          await listed;
          const created = await request;
          stored.current.set(provisional.id, created.id);
          setItems((list) =>
            upsertSorted(
              list.filter((a) => a.id !== provisional.id),
              created,
            ),
          );
          return created;
        } catch (error) {
          setItems((list) => list.filter((a) => a.id !== provisional.id));
          setProblem(`The highlight was not saved: ${message(error)}`);
          return null;
        }
      });
      return { provisional, saved };
    },
    [articleId, run],
  );

  const update = useCallback(
    (id: string, patch: AnnotationPatch) => {
      setItems((list) => list.map((a) => (a.id === id ? { ...a, ...patch } : a)));
      return run(async () => {
        try {
          const updated = await gloss.updateAnnotation({
            id: stored.current.get(id) ?? id,
            ...patch,
            tags: patch.tags ? [...patch.tags] : undefined,
          });
          setItems((list) => list.map((a) => (a.id === id || a.id === updated.id ? updated : a)));
        } catch (error) {
          await fail('The change was not saved', error);
        }
      });
    },
    [run, fail],
  );

  const remove = useCallback(
    (id: string) => {
      setItems((list) => list.filter((a) => a.id !== id));
      return run(async () => {
        try {
          const gone = await gloss.deleteAnnotation({ id: stored.current.get(id) ?? id });
          setDeleted((list) => [gone, ...list.filter((a) => a.id !== gone.id)]);
        } catch (error) {
          await fail('The highlight was not deleted', error);
        }
      });
    },
    [run, fail],
  );

  const restore = useCallback(
    (id: string) =>
      run(async () => {
        try {
          const back = await gloss.restoreAnnotation({ id });
          setDeleted((list) => list.filter((a) => a.id !== id));
          setItems((list) => upsertSorted(list, back));
        } catch (error) {
          await fail('The highlight was not restored', error);
        }
      }),
    [run, fail],
  );

  const purge = useCallback(
    (id: string) => {
      setDeleted((list) => list.filter((a) => a.id !== id));
      return run(async () => {
        try {
          await gloss.purgeAnnotation({ id });
        } catch (error) {
          await fail('The highlight was not deleted for good', error);
        }
      });
    },
    [run, fail],
  );

  const reattach = useCallback(
    (id: string, start: number, end: number) =>
      run(async () => {
        try {
          const moved = await gloss.reattachAnnotation({ id, start, end });
          setItems((list) => upsertSorted(list, moved));
        } catch (error) {
          await fail('The highlight was not re-attached', error);
        }
      }),
    [run, fail],
  );

  const history = useCallback(
    (kind: 'undo' | 'redo') =>
      run(async (): Promise<HistoryStep | null> => {
        try {
          const result =
            kind === 'undo' ? await gloss.undoAnnotationChange() : await gloss.redoAnnotationChange();
          await fetchAll();
          return { kind, result };
        } catch (error) {
          await fail(kind === 'undo' ? 'Nothing was undone' : 'Nothing was redone', error);
          return null;
        }
      }),
    [run, fetchAll, fail],
  );
  const undo = useCallback(() => history('undo'), [history]);
  const redo = useCallback(() => history('redo'), [history]);
  const dismissProblem = useCallback(() => setProblem(null), []);

  return useMemo(
    () => ({
      status,
      items,
      deleted,
      problem,
      dismissProblem,
      create,
      update,
      remove,
      restore,
      purge,
      reattach,
      undo,
      redo,
      reload,
    }),
    [
      status,
      items,
      deleted,
      problem,
      dismissProblem,
      create,
      update,
      remove,
      restore,
      purge,
      reattach,
      undo,
      redo,
      reload,
    ],
  );
}
