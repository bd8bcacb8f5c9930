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
    ['reader', 'Enter', 'openHighlight'],
    ['reader', 'j', 'nextHighlight'],
    ['reader', 'k', 'previousHighlight'],
    ['reader', 'h', 'highlight'],
    ['reader', 'u', 'underline'],
    ['reader', '1', 'color1'],
    ['reader', '6', 'color6'],
    ['reader', '7', null],
    ['notebook', 'Escape', 'showLibrary'],
    ['notebook', '/', 'focusFilter'],
    ['notebook', 'j', null],
    ['library', 'h', null],
    ['library', 'g', 'startSequence'],
  ])('in the %s, %s → %s', (view, key, command) => {
    expect(shortcutFor(press(key), view)).toBe(command);
  });

  it('switches theme and text size in every view', () => {
    for (const view of ['library', 'reader', 'notebook'] as const) {
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

  it('makes n highlight with a note when text is selected, and turn the page otherwise', () => {
    expect(shortcutFor(press('n'), 'reader', { textSelected: true })).toBe('highlightWithNote');
    expect(shortcutFor(press('n'), 'reader', { textSelected: false })).toBe('nextArticle');
    expect(shortcutFor(press('n'), 'library', { textSelected: true })).toBeNull();
  });

  it('reads g n and g l as sequences in every view', () => {
    for (const view of ['library', 'reader', 'notebook'] as const) {
      expect(shortcutFor(press('n'), view, { sequence: 'g' })).toBe('showNotebook');
      expect(shortcutFor(press('l'), view, { sequence: 'g' })).toBe('showLibrary');
      expect(shortcutFor(press('t'), view, { sequence: 'g' })).toBeNull();
    }
  });

  it('claims Ctrl+Shift+N everywhere and undo/redo chords in the reader only', () => {
    for (const view of ['library', 'reader', 'notebook'] as const) {
      expect(shortcutFor(press('N', { ctrlKey: true, shiftKey: true }), view)).toBe('showNotebook');
    }
    expect(shortcutFor(press('z', { ctrlKey: true }), 'reader')).toBe('undo');
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }), 'reader')).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }), 'reader')).toBe('redo');
    expect(shortcutFor(press('z', { metaKey: true }), 'reader')).toBe('undo');
    expect(shortcutFor(press('z', { ctrlKey: true }), 'library')).toBeNull();
    expect(shortcutFor(press('n', { ctrlKey: true }), 'reader')).toBeNull();
  });

  it('opens export with Ctrl+E and import with Ctrl+O in every view', () => {
    for (const view of ['library', 'reader', 'notebook'] as const) {
      expect(shortcutFor(press('e', { ctrlKey: true }), view)).toBe('exportNotes');
      expect(shortcutFor(press('o', { metaKey: true }), view)).toBe('importFiles');
      expect(shortcutFor(press('E', { ctrlKey: true, shiftKey: true }), view)).toBeNull();
    }
    expect(shortcutFor(press('e'), 'library')).toBeNull();
  });

  it('opens search with Ctrl+K everywhere and / outside the notebook, find in the reader only', () => {
    for (const view of ['library', 'reader', 'notebook'] as const) {
      expect(shortcutFor(press('k', { ctrlKey: true }), view)).toBe('search');
      expect(shortcutFor(press('k', { metaKey: true }), view)).toBe('search');
    }
    expect(shortcutFor(press('/'), 'library')).toBe('search');
    expect(shortcutFor(press('/'), 'reader')).toBe('search');
    expect(shortcutFor(press('/'), 'notebook')).toBe('focusFilter');
    expect(shortcutFor(press('f', { ctrlKey: true }), 'reader')).toBe('find');
    expect(shortcutFor(press('f', { ctrlKey: true }), 'library')).toBeNull();
    expect(shortcutFor(press('F3'), 'reader')).toBe('findNext');
    expect(shortcutFor(press('F3', { shiftKey: true }), 'reader')).toBe('findPrevious');
    expect(shortcutFor(press('F3'), 'library')).toBeNull();
    expect(shortcutFor(press('K', { ctrlKey: true, shiftKey: true }), 'reader')).toBeNull();
  });
});
