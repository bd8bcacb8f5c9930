import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../../../shared/model/preferences';

/** One press of A+ or A−, in CSS pixels; the stored size is a whole number. */
export const FONT_SIZE_STEP = 1;

export function stepFontSize(current: number, direction: 1 | -1): number {
  return clampFontSize(current + direction * FONT_SIZE_STEP);
}

export function clampFontSize(size: number): number {
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(size)));
}

export function canStepFontSize(current: number, direction: 1 | -1): boolean {
  return stepFontSize(current, direction) !== current;
}
