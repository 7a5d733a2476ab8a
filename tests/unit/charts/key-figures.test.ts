import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';

describe('key figures as published', () => {
  const model = getChart('key-figures').build(loadDataset(), 'https://example.org');
  const html = model.html ?? '';
  const words = html.replace(/<[^>]+>/g, '');

  it('is HTML on the page, with a tile per figure and the hedges kept', () => {
    expect(html.match(/<li class="key-figure">/g)).toHaveLength(5);
    expect(words).toContain('as few as 50');
    expect(words).toContain('27,000–31,000');
    expect(words).toContain('more than 40,000');
  });

  it('links each tile to the chart or section behind it', () => {
    const links = [...html.matchAll(/class="key-figure__link" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/decline/#chart-monthly-flow',
      '/decline/#how-many-went',
      '/causes/#chart-turkey-entry-ban',
      '/reverse-flows/#chart-who-could-return',
      '/regional-shifts/#tunisia',
    ]);
  });

  it('draws the peak and the 2016 flow as bars in proportion, 2,000 to 50', () => {
    const widths = [...html.matchAll(/<rect class="bar--[a-z0-9]+" x="0" y="0" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([100, 2.5]);
  });

  it('puts no text inside its small SVGs (they cannot shrink words)', () => {
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) expect(svg).not.toMatch(/<text/);
  });
});
