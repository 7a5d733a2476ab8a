/**
 * The origins map's shading: the lowest class must stand out from unshaded land (WCAG's 3:1
 * for graphics), in the light and the dark theme, or "a few hundred people" would read as "none".
 * The colours are read from the stylesheet the page and the downloads use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/chart-marks.css', 'utf8');

/** `--name: light-dark(#light, #dark)` → [light, dark]. */
function token(name: string): [string, string] {
  const m = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!m) throw new Error(`src/styles/chart-marks.css: no light-dark() value for ${name}`);
  return [m[1] ?? '', m[2] ?? ''];
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('map shading', () => {
  const land = token('--map-land');
  const classes = [1, 2, 3, 4].map((n) => token(`--map-${n}`));

  for (const [i, theme] of (['light', 'dark'] as const).entries()) {
    it(`${theme}: the lowest class has at least 3:1 against unshaded land`, () => {
      expect(contrast(classes[0]![i]!, land[i]!)).toBeGreaterThanOrEqual(3);
    });

    it(`${theme}: each class steps away from land, the highest furthest`, () => {
      const steps = classes.map((c) => contrast(c[i]!, land[i]!));
      for (let k = 1; k < steps.length; k++) expect(steps[k]).toBeGreaterThan(steps[k - 1]!);
    });
  }

  it('the check can fail: the old lowest class was too close to land', () => {
    expect(contrast('#c6dbee', '#e6e3dc')).toBeLessThan(3);
  });
});
