import type { Database } from 'better-sqlite3';
import type { MainHandlers } from '../../../shared/ipc/types';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  listDeletedAnnotations,
  purgeAnnotation,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from './annotationRepo';
import { listColorLabels, renameColorLabel } from './colorLabels';
import { redo, undo } from './history';
import { listTags } from './tags';

export type AnnotationHandlers = Pick<
  MainHandlers,
  | 'listAnnotations'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'listDeletedAnnotations'
  | 'restoreAnnotation'
  | 'purgeAnnotation'
  | 'undoAnnotationChange'
  | 'redoAnnotationChange'
  | 'reattachAnnotation'
  | 'listTags'
  | 'listColorLabels'
  | 'renameColorLabel'
>;

/** The annotation methods of the contract; every change is one transaction. */
export function annotationHandlers(db: Database): AnnotationHandlers {
  return {
    listAnnotations: ({ articleId }) => listAnnotations(db, articleId),
    createAnnotation: (input) => createAnnotation(db, input),
    updateAnnotation: (patch) => updateAnnotation(db, patch),
    deleteAnnotation: ({ id }) => deleteAnnotation(db, id),
    listDeletedAnnotations: () => listDeletedAnnotations(db),
    restoreAnnotation: ({ id }) => restoreAnnotation(db, id),
    purgeAnnotation: ({ id }) => purgeAnnotation(db, id),
    undoAnnotationChange: () => undo(db),
    redoAnnotationChange: () => redo(db),
    reattachAnnotation: (input) => reattachAnnotation(db, input),
    listTags: () => listTags(db),
    listColorLabels: () => listColorLabels(db),
    renameColorLabel: ({ id, name }) => renameColorLabel(db, id, name),
  };
}
