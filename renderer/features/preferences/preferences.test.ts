import { describe, expect, it } from 'vitest';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../../../shared/model/preferences';
import { canStepFontSize, clampFontSize, stepFontSize } from './fontSize';
import { nextThemePreference, resolveTheme, themeLabel } from './theme';

describe('theme', () => {
  it('cycles system → light → dark → system', () => {
    expect(nextThemePreference('system')).toBe('light');
    expect(nextThemePreference('light')).toBe('dark');
    expect(nextThemePreference('dark')).toBe('system');
  });

  it('follows the system only when asked to', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('names each choice', () => {
    expect(themeLabel('system')).toBe('System');
  });
});

describe('font size', () => {
  it('steps by one pixel within the limits', () => {
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(19, -1)).toBe(18);
    expect(stepFontSize(FONT_SIZE_MAX, 1)).toBe(FONT_SIZE_MAX);
    expect(stepFontSize(FONT_SIZE_MIN, -1)).toBe(FONT_SIZE_MIN);
  });

  it('says when a step would do nothing', () => {
    expect(canStepFontSize(FONT_SIZE_MAX, 1)).toBe(false);
    expect(canStepFontSize(FONT_SIZE_MAX, -1)).toBe(true);
    expect(canStepFontSize(FONT_SIZE_MIN, -1)).toBe(false);
  });

  it('clamps and rounds', () => {
    expect(clampFontSize(100)).toBe(FONT_SIZE_MAX);
    expect(clampFontSize(0)).toBe(FONT_SIZE_MIN);
    expect(clampFontSize(18.6)).toBe(19);
  });
});
