import { z } from 'zod';
import { ANNOTATION_STYLES, COLOR_IDS } from '../../../shared/model/annotation';
import type { StoredAnnotation } from './rows';

/** A history snapshot as written by `JSON.stringify(StoredAnnotation)`; read back through this schema. */
const Snapshot = z.object({
  id: z.string(),
  articleId: z.string(),
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  }),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int(),
    end: z.number().int(),
  }),
  color: z.enum(COLOR_IDS),
  style: z.enum(ANNOTATION_STYLES),
  note: z.string(),
  tags: z.array(z.string()),
  anchor: z.enum(['exact', 'moved', 'orphan']),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});

export function writeSnapshot(annotation: StoredAnnotation | null): string | null {
  return annotation ? JSON.stringify(annotation) : null;
}

/** The snapshot, or null when it is missing or unreadable. */
export function readSnapshot(json: string | null): StoredAnnotation | null {
  if (json === null) return null;
  try {
    const parsed = Snapshot.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
