/**
 * Every chart in the registry, as the browser draws it: each text's real box (getBBox) inside
 * its drawing, and the width table the layouts estimate with (src/charts/text-widths.ts) never
 * short of the real width, so a label the layout placed inside is inside. The unit tests check
 * the same boxes from the estimates; this checks the estimates against the font.
 */
import { CHARTS } from '../../src/charts/registry';
import { TEXT_WIDTHS } from '../../src/charts/text-widths';
import { loadDataset } from '../../src/data/dataset';
import { pathOf } from '../../src/site';
import { expect, test } from './fixtures';

const data = loadDataset();
/** Each drawing at a viewport where it is the one shown: the narrow at 320 px, the wide at 1280. */
const LAYOUTS = [
  { layout: 'narrow', width: 320 },
  { layout: 'wide', width: 1280 },
] as const;

interface Measured {
  text: string;
  box: { x: number; y: number; width: number; height: number };
  /** Real width and the table's estimate, per line. */
  lines: { text: string; real: number; estimate: number }[];
}

for (const chart of CHARTS) {
  const model = chart.build(data);
  if (model.html) continue;
  const figure = `#${model.anchor}`;
  for (const { layout, width } of LAYOUTS) {
    test(`${chart.id}, ${layout}: every text lies inside the drawing, no wider than estimated`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(pathOf(model.text.page));
      const svg = page.locator(`${figure} svg.chart__svg--${layout}`);
      await expect(svg).toBeVisible();
      const { view, texts } = await svg.evaluate((el: SVGSVGElement, widths) => {
        const estimate = (s: string, size: number, bold: boolean) => {
          const table = bold ? widths.bold : widths.regular;
          let sum = 0;
          for (const c of s) sum += table[c] ?? table['m'] ?? 100;
          return (sum * size) / 100;
        };
        const vb = el.viewBox.baseVal;
        const out: Measured[] = [];
        for (const t of el.querySelectorAll('text')) {
          if (!t.textContent?.trim()) continue;
          const style = getComputedStyle(t);
          const size = parseFloat(style.fontSize);
          const bold = Number(style.fontWeight) >= 600;
          const parts = t.querySelectorAll('tspan').length > 0 ? [...t.querySelectorAll('tspan')] : [t];
          // The box in the drawing's units: through any transform on the way (legend rows).
          const b = t.getBBox();
          const m = (el.getScreenCTM()?.inverse() ?? new DOMMatrix()).multiply(t.getScreenCTM() ?? new DOMMatrix());
          const a = new DOMPoint(b.x, b.y).matrixTransform(m);
          const z = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
          out.push({
            text: t.textContent,
            box: { x: Math.min(a.x, z.x), y: Math.min(a.y, z.y), width: Math.abs(z.x - a.x), height: Math.abs(z.y - a.y) },
            lines: parts.map((p) => ({
              text: p.textContent ?? '',
              real: p.getComputedTextLength(),
              estimate: estimate(p.textContent ?? '', size, bold),
            })),
          });
        }
        return { view: { width: vb.width, height: vb.height }, texts: out };
      }, TEXT_WIDTHS);
      expect(texts.length).toBeGreaterThan(0);
      // The glyphs' own box, halo not included; some letters (A, T) reach a unit or so past
      // their origin, which is allowed: a label placed at the edge is inside.
      const slack = 2;
      const outside = texts.filter(
        ({ box: b }) =>
          b.x < -slack || b.y < -slack || b.x + b.width > view.width + slack || b.y + b.height > view.height + slack,
      );
      expect(outside, 'texts outside the drawing').toEqual([]);
      // The table is measured per character, so kerning can make it a little generous, never short.
      const short = texts.flatMap((t) => t.lines).filter((l) => l.estimate < l.real * 0.98);
      expect(short, 'lines wider than the table says (run scripts/measure-text.ts again)').toEqual([]);
      const ratios = texts.flatMap((t) => t.lines).map((l) => l.estimate / l.real);
      test.info().annotations.push({
        type: 'estimate ÷ real width',
        description: `${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)} over ${ratios.length} lines`,
      });
    });
  }
}
