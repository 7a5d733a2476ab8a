/** Rules every registered chart keeps, checked on the published drawings. */
import { describe, expect, it } from 'vitest';
import { CANVAS } from '../../../src/charts/frame';
import { CHARTS } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';

/** Narrowest container each drawing is shown in (CSS px): 320 px screen less padding; 30rem. */
const SHOWN_FROM = { narrow: 288, wide: 480 } as const;

describe('every chart', () => {
  const data = loadDataset();
  for (const chart of CHARTS) {
    const model = chart.build(data, 'https://example.org');
    describe(chart.id, () => {
      for (const layout of ['narrow', 'wide'] as const) {
        const svg = model.svg[layout];
        it(`${layout}: no text under 12 CSS px where the drawing is shown`, () => {
          const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1]);
          const root = Number(/^<svg[^>]* font-size="([\d.]+)"/.exec(svg)?.[1]);
          expect(width).toBe(CANVAS[layout].width);
          const sizes = [root, ...[...svg.matchAll(/<(?:text|g|tspan)[^>]* font-size="([\d.]+)"/g)].map((m) => Number(m[1]))];
          for (const size of sizes) expect((size * SHOWN_FROM[layout]) / width).toBeGreaterThanOrEqual(12);
        });
        it(`${layout}: uses classes, never style attributes (CSP)`, () => {
          expect(svg).not.toMatch(/ style=/);
        });
        it(`${layout}: every explorable mark says what it shows and where its source is`, () => {
          // A group, or a hit area that is the mark itself (marks.ts).
          const marks = [...svg.matchAll(/<[a-z]+ [^>]*\bdata-point=""[^>]*>/g)].map(([tag]) => [
            tag,
            /\bdata-label="([^"]*)"/.exec(tag)?.[1],
            /\bdata-href="([^"]*)"/.exec(tag)?.[1],
          ]);
          if (model.html) return;
          expect(marks.length).toBeGreaterThan(0);
          expect(marks).toHaveLength(svg.split('data-point=').length - 1);
          for (const m of marks) {
            expect(m[1]?.length).toBeGreaterThan(10);
            expect(m[2]).toMatch(/^\/(?:[a-z0-9-]+\/)*#[a-z0-9-]+$/);
            // An outlet's own reporting names it once ("Rudaw, 31 May 2025", not "Rudaw, in Rudaw").
            expect(m[1]).not.toMatch(/(?:^|[.:;] )([^,.:;]+), in \1,/);
            // The site's arithmetic is worded as in the tables and on the sources page.
            expect(m[1]).not.toMatch(/calculated by this site/i);
          }
        });
      }
      it('has a table and a CSV with the same rows', () => {
        expect(model.rows.length).toBeGreaterThan(0);
        expect(model.csv.trim().split('\n')).toHaveLength(model.rows.length + 1);
        expect(model.source.length).toBeGreaterThan(10);
      });
    });
  }
});
