/**
 * Chart pages stay light: at most 1,500 elements at load (what document.querySelectorAll('*')
 * counts, SVG included), counted on a real build. A chart is drawn twice (narrow and wide) and
 * carries its table, so a page of charts reaches the limit first; a change that adds a drawing
 * or a wrapper per value shows here. (The pages without charts: the test for every page.) What came
 * after, with three charts and ~260 figure links, is in two parts (aftermath/… in src/site.ts) for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/dataset';
import { buildWith } from './helpers';

/** Builds take 10–30 s on a busy two-core machine. */
const BUILD = { timeout: 240_000 };

/** The most elements a page may have at load. */
const LIMIT = 1_500;

const chartPages = [...new Set([...loadDataset().charts.values()].map((c) => c.page))].sort();

describe('chart pages at load', () => {
  it(`have at most ${LIMIT} elements each`, BUILD, () => {
    const r = buildWith(
      () => {},
      (dir) =>
        Object.fromEntries(
          chartPages.map((page) => {
            const html = readFileSync(join(dir, 'dist', page === 'index' ? '' : page, 'index.html'), 'utf8');
            return [page, parseHTML(html).document.querySelectorAll('*').length];
          }),
        ),
    );
    expect(r.status, r.output).toBe(0);
    const counts = r.seen ?? {};
    expect(Object.keys(counts)).toEqual(chartPages);
    for (const [page, count] of Object.entries(counts)) expect(count, `${page}: elements at load`).toBeLessThanOrEqual(LIMIT);
  });
});
