import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChosenPaths, FileImportReport } from '../../../shared/export/results';
import { gloss } from '../../gloss';
import { planBatches, readAsBase64, tooLargeResult, type DropContents } from './droppedFiles';
import { mergeReports } from './importSummary';

/** How often the progress bar asks main how far the import is. */
const POLL_MS = 150;

export interface ImportCounts {
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly current: string | null;
}

export type ImportState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly label: string;
      readonly counts: ImportCounts;
      readonly cancelling: boolean;
    }
  | { readonly status: 'done'; readonly label: string; readonly report: FileImportReport }
  | { readonly status: 'error'; readonly label: string; readonly error: Error };

export interface ImportController {
  readonly state: ImportState;
  readonly importChosen: (chosen: ChosenPaths) => void;
  readonly importDropped: (drop: DropContents) => void;
  readonly cancel: () => void;
  /** Back to the start (not while an import runs). */
  readonly reset: () => void;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * File import, from main's dialog (a handle) or dropped onto the window (bytes, sent in batches).
 * Main does the work in slices and answers progress calls meanwhile; this polls them for the bar.
 * `onImported` runs after an import that added or changed articles.
 */
export function useImport(onImported: () => void): ImportController {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const running = useRef(false);
  const cancelled = useRef(false);
  const latestOnImported = useRef(onImported);
  useEffect(() => {
    latestOnImported.current = onImported;
  });

  /** Runs `work`, polling main's progress into the bar; `base` counts files finished before this job. */
  const withProgress = useCallback(
    async <T>(
      label: string,
      total: number,
      base: { done: number; failed: number },
      work: () => Promise<T>,
    ): Promise<T> => {
      let live = true;
      let asking = false;
      const timer = setInterval(() => {
        if (asking) return;
        asking = true;
        gloss.getImportProgress().then(
          (progress) => {
            asking = false;
            if (!live || progress.state !== 'running') return;
            setState((now) =>
              now.status === 'running'
                ? {
                    ...now,
                    counts: {
                      total: Math.max(total, base.done + progress.total),
                      done: base.done + progress.done,
                      failed: base.failed + progress.failed,
                      current: progress.current,
                    },
                  }
                : now,
            );
          },
          () => {
            asking = false;
          },
        );
      }, POLL_MS);
      try {
        return await work();
      } finally {
        live = false;
        clearInterval(timer);
      }
    },
    [],
  );

  const finish = useCallback((label: string, report: FileImportReport) => {
    running.current = false;
    setState({ status: 'done', label, report });
    if (report.created + report.updated > 0) latestOnImported.current();
  }, []);

  const fail = useCallback((label: string, error: unknown) => {
    running.current = false;
    setState({ status: 'error', label, error: asError(error) });
  }, []);

  const start = useCallback((label: string, total: number): boolean => {
    if (running.current) return false;
    running.current = true;
    cancelled.current = false;
    setState({
      status: 'running',
      label,
      counts: { total, done: 0, failed: 0, current: null },
      cancelling: false,
    });
    return true;
  }, []);

  const importChosen = useCallback(
    (chosen: ChosenPaths) => {
      if (!start(chosen.label, 0)) return;
      withProgress(chosen.label, 0, { done: 0, failed: 0 }, () =>
        gloss.importFiles({ source: chosen.handle }),
      ).then(
        (report) => finish(chosen.label, report),
        (error: unknown) => fail(chosen.label, error),
      );
    },
    [start, withProgress, finish, fail],
  );

  const importDropped = useCallback(
    ({ label, files, problems }: DropContents) => {
      const total = files.length + problems.length;
      if (total === 0) return;
      if (!start(label, total)) return;
      const { batches, tooLarge } = planBatches(files);
      const refused = [...problems, ...tooLarge.map(tooLargeResult)];
      void (async () => {
        const reports: FileImportReport[] = [];
        const base = { done: refused.length, failed: refused.length };
        for (const batch of batches) {
          if (cancelled.current) break;
          const contents: { name: string; data: string }[] = [];
          for (const file of batch) contents.push({ name: file.name, data: await readAsBase64(file) });
          const report = await withProgress(label, total, { ...base }, () =>
            gloss.importFileContents({ files: contents }),
          );
          reports.push(report);
          base.done += report.files.length;
          base.failed += report.failed;
        }
        // Batches never sent (cancelled before their turn) are listed as cancelled.
        const unsent = batches.slice(reports.length).flat();
        const merged = mergeReports([
          ...reports,
          {
            jobId: 'drop',
            files: [
              ...refused,
              ...unsent.map((file) => ({
                path: file.name,
                status: 'cancelled' as const,
                articleId: null,
                title: null,
                message: 'The import was cancelled.',
                warnings: [],
              })),
            ],
            created: 0,
            updated: 0,
            unchanged: 0,
            duplicates: 0,
            failed: refused.length,
            cancelled: unsent.length > 0,
          },
        ]);
        finish(label, merged);
      })().catch((error: unknown) => fail(label, error));
    },
    [start, withProgress, finish, fail],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    cancelled.current = true;
    setState((now) => (now.status === 'running' ? { ...now, cancelling: true } : now));
    void gloss.cancelImport().catch(() => undefined);
  }, []);

  const reset = useCallback(() => {
    if (!running.current) setState({ status: 'idle' });
  }, []);

  return useMemo(
    () => ({ state, importChosen, importDropped, cancel, reset }),
    [state, importChosen, importDropped, cancel, reset],
  );
}
