import { useCallback, useMemo, useRef, useState } from 'react';
import { IMPORT_JSON_MAX_BYTES, extensionOf } from '../../../shared/export/limits';
import type { AnnotationImportReport } from '../../../shared/export/results';
import { gloss } from '../../gloss';
import { announceAnnotationsChanged } from '../annotations/annotationChanges';

export type AnnotationImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly label: string }
  | { readonly status: 'done'; readonly label: string; readonly report: AnnotationImportReport }
  | { readonly status: 'error'; readonly label: string; readonly error: Error };

export interface AnnotationImportController {
  readonly state: AnnotationImportState;
  /** Imports each file in turn (chosen in the dialog, or dropped on the window) and reports them as one. */
  readonly importFiles: (files: readonly File[]) => void;
  /** Back to the start (not while an import runs). */
  readonly reset: () => void;
}

/** A file that holds annotations rather than an article: a JSON export (W3C Web Annotation JSON-LD). */
export const isAnnotationFile = (file: { readonly name: string }): boolean =>
  ['.json', '.jsonld'].includes(extensionOf(file.name).toLowerCase());

const mib = (bytes: number): string => `${String(Math.round(bytes / (1024 * 1024)))} MiB`;

function merged(reports: readonly AnnotationImportReport[]): AnnotationImportReport {
  const sum = (key: 'imported' | 'unchanged' | 'orphaned' | 'unmatched'): number =>
    reports.reduce((n, r) => n + r[key], 0);
  return {
    imported: sum('imported'),
    unchanged: sum('unchanged'),
    orphaned: sum('orphaned'),
    unmatched: sum('unmatched'),
    problems: reports.flatMap((r) => r.problems),
  };
}

/**
 * Highlights and notes back from JSON exports. Each file is read here and sent as text, like a dropped
 * article, so no path crosses to main; main re-anchors each annotation and skips those it already has.
 * The reader and the notebook reload when any came in.
 */
export function useAnnotationImport(): AnnotationImportController {
  const [state, setState] = useState<AnnotationImportState>({ status: 'idle' });
  const running = useRef(false);

  const importFiles = useCallback((files: readonly File[]) => {
    const first = files[0];
    if (first === undefined || running.current) return;
    running.current = true;
    const label = files.length === 1 ? first.name : `${first.name} and ${String(files.length - 1)} more`;
    setState({ status: 'running', label });
    void (async () => {
      const reports: AnnotationImportReport[] = [];
      try {
        for (const file of files) {
          if (file.size > IMPORT_JSON_MAX_BYTES) {
            throw new Error(`${file.name} is larger than ${mib(IMPORT_JSON_MAX_BYTES)}.`);
          }
          reports.push(await gloss.importAnnotations({ content: await file.text() }));
        }
        setState({ status: 'done', label, report: merged(reports) });
      } catch (error) {
        setState({
          status: 'error',
          label,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      } finally {
        running.current = false;
        if (reports.some((r) => r.imported > 0)) announceAnnotationsChanged();
      }
    })();
  }, []);

  const reset = useCallback(() => {
    if (!running.current) setState({ status: 'idle' });
  }, []);

  return useMemo(() => ({ state, importFiles, reset }), [state, importFiles, reset]);
}
