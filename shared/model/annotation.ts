import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';

export type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';

/** Highlight colours, named after the Okabe–Ito palette they are drawn from (safe for colour-blind readers). */
export const COLOR_IDS = ['yellow', 'orange', 'red', 'purple', 'blue', 'green'] as const;
export type ColorId = (typeof COLOR_IDS)[number];

/** Okabe–Ito swatches (Okabe & Ito 2008), for the renderer and exports. */
export const COLOR_HEX: Readonly<Record<ColorId, string>> = {
  yellow: '#F0E442',
  orange: '#E69F00',
  red: '#D55E00',
  purple: '#CC79A7',
  blue: '#0072B2',
  green: '#009E73',
};

export const ANNOTATION_STYLES = ['highlight', 'underline'] as const;
export type AnnotationStyle = (typeof ANNOTATION_STYLES)[number];

/** Where an annotation sits after the last re-anchoring: unchanged, found elsewhere, or not found. */
export type AnchorState = 'exact' | 'moved' | 'orphan';

export const NOTE_MAX_LENGTH = 20_000;
export const TAGS_MAX = 50;
export const TAG_MAX_LENGTH = 64;
export const COLOR_LABEL_MAX_LENGTH = 40;

/**
 * A user's annotation, after the W3C Web Annotation model: a target (quote + position selectors over
 * the article's canonical text, in code points) and a body (note, tags), with a colour whose meaning
 * the user names. An orphan keeps the selectors it last anchored with.
 */
export interface Annotation {
  readonly id: string;
  readonly articleId: string;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  readonly color: ColorId;
  readonly style: AnnotationStyle;
  readonly note: string;
  readonly tags: readonly string[];
  readonly anchor: AnchorState;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An annotation in "Recently deleted": restorable until the user purges it. */
export interface DeletedAnnotation extends Annotation {
  readonly deletedAt: string;
}

/** What a colour means to the user ("Key claim", "Question"…); names travel into exports. */
export interface ColorLabel {
  readonly id: ColorId;
  readonly name: string;
}

export interface TagCount {
  readonly name: string;
  /** Live (not deleted) annotations carrying the tag. */
  readonly count: number;
}

export type HistoryAction = 'create' | 'update' | 'delete' | 'restore';

/**
 * The change an undo or redo applied, or null when there was nothing to undo/redo. `annotation` is
 * the annotation as it now stands, null when the step left it deleted (it is then in "Recently deleted").
 */
export type HistoryResult = {
  readonly action: HistoryAction;
  readonly annotationId: string;
  readonly annotation: Annotation | null;
} | null;
