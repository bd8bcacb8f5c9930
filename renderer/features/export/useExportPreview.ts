import { useEffect, useState } from 'react';
import type { ExportPreview } from '../../../shared/export/results';
import type { InputOf } from '../../../shared/ipc/types';
import { gloss } from '../../gloss';
import type { FormCheck } from './exportForm';

/** Quiet time after the last change before the preview is asked for (typing in the template). */
export const PREVIEW_DEBOUNCE_MS = 250;

export interface PreviewState {
  readonly preview: ExportPreview | null;
  readonly error: Error | null;
  /** A newer preview is on its way. */
  readonly pending: boolean;
}

interface Answer {
  /** The request this answers, as JSON. */
  readonly key: string | null;
  readonly preview: ExportPreview | null;
  readonly error: Error | null;
}

/**
 * The first lines of what the export would write, asked of main a moment after the form last
 * changed; an answer to an older form is dropped, so the preview always matches what is shown.
 */
export function useExportPreview(check: FormCheck | null): PreviewState {
  const [answer, setAnswer] = useState<Answer>({ key: null, preview: null, error: null });
  const key = check?.ok === true ? JSON.stringify(check.request) : null;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const timer = setTimeout(() => {
      gloss.previewExport(JSON.parse(key) as InputOf<'previewExport'>).then(
        (preview) => {
          if (live) setAnswer({ key, preview, error: null });
        },
        (error: unknown) => {
          if (live)
            setAnswer((now) => ({
              key,
              preview: now.preview,
              error: error instanceof Error ? error : new Error(String(error)),
            }));
        },
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  return { preview: answer.preview, error: answer.error, pending: key !== null && answer.key !== key };
}
