import { describe, expect, it } from 'vitest';
import { shortcutFor, type AppView, type KeyInput } from './shortcuts';

const press = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it.each<[AppView, string, ReturnType<typeof shortcutFor>]>([
    ['library', 'ArrowDown', 'selectNext'],
    ['library', 'j', 'selectNext'],
    ['library', 'ArrowUp', 'selectPrevious'],
    ['library', 'k', 'selectPrevious'],
    ['library', 'Home', 'selectFirst'],
    ['library', 'End', 'selectLast'],
    ['library', 'Enter', 'openSelected'],
    ['library', 'Escape', null],
    ['library', ']', null],
    ['reader', ']', 'nextArticle'],
    ['reader', 'n', 'nextArticle'],
    ['reader', '[', 'previousArticle'],
    ['reader', 'p', 'previousArticle'],
    ['reader', 'Escape', 'showLibrary'],
    ['reader', 'Backspace', 'showLibrary'],
    ['reader', 'b', 'showLibrary'],
    ['reader', 'ArrowDown', null],
    ['reader', 'Enter', null],
    ['reader', 'j', null],
  ])('in the %s, %s → %s', (view, key, command) => {
    expect(shortcutFor(press(key), view)).toBe(command);
  });

  it('switches theme and text size in both views', () => {
    for (const view of ['library', 'reader'] as const) {
      expect(shortcutFor(press('t'), view)).toBe('toggleTheme');
      expect(shortcutFor(press('+'), view)).toBe('fontLarger');
      expect(shortcutFor(press('='), view)).toBe('fontLarger');
      expect(shortcutFor(press('-'), view)).toBe('fontSmaller');
    }
  });

  it('ignores Caps Lock on letters', () => {
    expect(shortcutFor(press('J'), 'library')).toBe('selectNext');
    expect(shortcutFor(press('T'), 'reader')).toBe('toggleTheme');
  });

  it('uses Alt only with the arrows, in the reader', () => {
    expect(shortcutFor(press('ArrowRight', { altKey: true }), 'reader')).toBe('nextArticle');
    expect(shortcutFor(press('ArrowLeft', { altKey: true }), 'reader')).toBe('previousArticle');
    expect(shortcutFor(press('ArrowRight'), 'reader')).toBeNull();
    expect(shortcutFor(press('ArrowRight', { altKey: true }), 'library')).toBeNull();
    expect(shortcutFor(press('t', { altKey: true }), 'reader')).toBeNull();
  });

  it('leaves Ctrl and Cmd chords to the browser and the menu', () => {
    expect(shortcutFor(press('=', { ctrlKey: true }), 'reader')).toBeNull();
    expect(shortcutFor(press(']', { metaKey: true }), 'reader')).toBeNull();
    expect(shortcutFor(press('j', { ctrlKey: true }), 'library')).toBeNull();
  });
});
