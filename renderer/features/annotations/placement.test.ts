import { describe, expect, it } from 'vitest';
import { place } from './placement';

const viewport = { width: 1000, height: 800, scrollY: 0, headerBottom: 56 };
const size = { width: 200, height: 40 };

describe('place', () => {
  it('centres above the anchor when there is room', () => {
    expect(place({ top: 300, bottom: 320, left: 400, right: 500 }, size, 'above', viewport)).toEqual({
      top: 250,
      left: 350,
      side: 'above',
    });
  });

  it('goes below when the header leaves no room above', () => {
    expect(place({ top: 80, bottom: 100, left: 400, right: 500 }, size, 'above', viewport)).toMatchObject({
      top: 110,
      side: 'below',
    });
  });

  it('flips to the side with room: above a line near the bottom of the screen', () => {
    expect(place({ top: 760, bottom: 780, left: 400, right: 500 }, size, 'below', viewport)).toMatchObject({
      top: 710,
      side: 'above',
    });
    // Scrolled: the same line further down the page is still near the bottom of the screen.
    expect(
      place({ top: 2760, bottom: 2780, left: 400, right: 500 }, size, 'below', {
        ...viewport,
        scrollY: 2000,
      }),
    ).toMatchObject({ side: 'above' });
  });

  it('stays on screen at the edges', () => {
    expect(place({ top: 300, bottom: 320, left: 0, right: 20 }, size, 'below', viewport).left).toBe(8);
    expect(place({ top: 300, bottom: 320, left: 980, right: 1000 }, size, 'below', viewport).left).toBe(792);
  });
});
