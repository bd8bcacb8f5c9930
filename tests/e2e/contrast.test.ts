/**
 * WCAG AA contrast for the text colours the stylesheet actually uses, in both themes: 4.5:1 for
 * text, 3:1 for the focus ring. Colours are resolved by the browser from the CSS variables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openGloss, waitForLibrary, type GlossSession } from './harness';

type Rgba = readonly [number, number, number, number];

function parse(css: string): Rgba {
  const parts = /rgba?\(([^)]+)\)/
    .exec(css)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3) throw new Error(`Unreadable colour: ${css}`);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

/** A translucent colour as it shows over an opaque one. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = ['--ink', '--ink-body', '--ink-muted', '--accent'] as const;
const SURFACES = ['--paper', '--paper-raised', '--accent-soft'] as const;

let browser: Browser;
let session: GlossSession;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openGloss(browser);
  await waitForLibrary(session.page);
});
afterAll(async () => {
  await session.close();
  await browser.close();
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('passes WCAG AA for every text colour on every surface', async () => {
    const { page } = session;
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    const colours = await page.evaluate(
      (names) => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const resolved = Object.fromEntries(
          names.map((name) => {
            probe.style.color = `var(${name})`;
            return [name, getComputedStyle(probe).color];
          }),
        );
        probe.remove();
        return resolved;
      },
      [...TEXT, ...SURFACES, '--focus-ring'],
    );
    const colour = (name: string): Rgba => parse(colours[name] ?? '');
    const paper = colour('--paper');

    const failures: string[] = [];
    for (const surfaceName of SURFACES) {
      const surface = over(colour(surfaceName), paper);
      for (const textName of TEXT) {
        const ratio = contrast(colour(textName), surface);
        if (ratio < 4.5) failures.push(`${textName} on ${surfaceName}: ${ratio.toFixed(2)}`);
      }
    }
    const ring = contrast(colour('--focus-ring'), paper);
    if (ring < 3) failures.push(`--focus-ring on --paper: ${ring.toFixed(2)}`);
    expect(failures).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
