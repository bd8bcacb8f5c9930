import { describe, expect, it } from 'vitest';
import { findNeighbour, moveSelection } from './neighbours';

const ids = ['a', 'b', 'c'];

describe('findNeighbour', () => {
  it('finds the next and previous article in order', () => {
    expect(findNeighbour(ids, 'b', 1, false)).toEqual({ kind: 'found', id: 'c' });
    expect(findNeighbour(ids, 'b', -1, false)).toEqual({ kind: 'found', id: 'a' });
  });

  it('stops at the ends of a fully loaded library', () => {
    expect(findNeighbour(ids, 'c', 1, false)).toEqual({ kind: 'none' });
    expect(findNeighbour(ids, 'a', -1, false)).toEqual({ kind: 'none' });
    expect(findNeighbour(ids, 'a', -1, true)).toEqual({ kind: 'none' });
  });

  it('asks for the next page when the neighbour is not loaded yet', () => {
    expect(findNeighbour(ids, 'c', 1, true)).toEqual({ kind: 'load-more' });
  });

  it('asks for more when the current article is not loaded yet, and gives up when all is loaded', () => {
    expect(findNeighbour(ids, 'z', 1, true)).toEqual({ kind: 'load-more' });
    expect(findNeighbour(ids, 'z', -1, true)).toEqual({ kind: 'load-more' });
    expect(findNeighbour(ids, 'z', 1, false)).toEqual({ kind: 'none' });
    expect(findNeighbour([], 'z', 1, false)).toEqual({ kind: 'none' });
  });
});

describe('moveSelection', () => {
  it('moves one row and stops at the ends', () => {
    expect(moveSelection(3, 0, 'next')).toBe(1);
    expect(moveSelection(3, 2, 'next')).toBe(2);
    expect(moveSelection(3, 1, 'previous')).toBe(0);
    expect(moveSelection(3, 0, 'previous')).toBe(0);
  });

  it('jumps to the ends', () => {
    expect(moveSelection(3, 1, 'first')).toBe(0);
    expect(moveSelection(3, 1, 'last')).toBe(2);
  });

  it('starts at the first row when nothing is selected', () => {
    expect(moveSelection(3, -1, 'next')).toBe(0);
    expect(moveSelection(3, -1, 'previous')).toBe(0);
  });

  it('selects nothing in an empty list', () => {
    expect(moveSelection(0, -1, 'next')).toBe(-1);
    expect(moveSelection(0, 3, 'last')).toBe(-1);
  });
});
