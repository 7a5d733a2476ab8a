import { describe, expect, it } from 'vitest';
import { layoutTurkey, renderTurkey, type TurkeyRow } from '../../../src/charts/turkey-entry-ban';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';
import { normaliseSvg } from './snapshot';

const point = (role: 'ban' | 'deportation', figure: string, asOf: string, value: number): TurkeyRow => ({
  ...fields({ figure, asOf, value, short: String(value), text: String(value), from: asOf.slice(0, 7), to: asOf.slice(0, 7) }),
  role,
});

const rows: TurkeyRow[] = [
  point('ban', 'turkey-entry-ban-2014-06', '2014-06-24', 5300),
  point('ban', 'turkey-entry-ban-2015-02', '2015-02-04', 9955),
  point('ban', 'turkey-entry-ban-2015-12', '2015-12-17', 33746),
  point('ban', 'turkey-entry-ban-2016-06', '2016-06-01', 49000),
  point('deportation', 'turkey-deportations-2015-12', '2015-12-17', 2783),
  point('deportation', 'turkey-deportations-2016-06', '2016-06-01', 3513),
  { ...fields({ figure: 'ceiling', value: 5000, short: 'fewer than 5,000', from: '2014-01', to: '2014-12' }), role: 'ceiling' },
  { ...fields({ figure: 'window', value: 40000, short: 'more than 40,000', from: '2015-03', to: '2016-09' }), role: 'window' },
  { ...fields({ figure: 'growth', value: 39000, short: 'about 39,000', kind: 'derived' }), role: 'growth' },
];

describe('Turkey no-entry layout', () => {
  const wide = layoutTurkey(rows, 'wide');

  it('places each total on the day it was announced', () => {
    const x = (d: string) => wide.x(new Date(`${d}T12:00:00Z`));
    expect(wide.bans.points.map((p) => p.x)).toEqual(['2014-06-24', '2015-02-04', '2015-12-17', '2016-06-01'].map(x));
  });

  it('gives deportations a scale of their own below the entry bans', () => {
    expect(wide.bans.y.domain()).toEqual([0, 60000]);
    expect(wide.deportations.y.domain()).toEqual([0, 5000]);
    expect(wide.deportations.top).toBeGreaterThan(wide.bans.baseline);
  });

  it('draws the claimed 2014 ceiling below the total announced in June 2014', () => {
    const june = wide.bans.points[0]!;
    expect(wide.ceiling!.y).toBeCloseTo(wide.bans.y(5000));
    expect(wide.ceiling!.y).toBeGreaterThan(june.y);
    expect(wide.ceiling!.x1).toBeLessThanOrEqual(wide.x(new Date(Date.UTC(2015, 0, 1))));
  });

  it('spans the 18-month bracket from March 2015 to the article, above the plot', () => {
    expect(wide.window!.x0).toBeCloseTo(wide.x(new Date(Date.UTC(2015, 2, 1, 12))));
    expect(wide.window!.x1).toBeCloseTo(wide.article);
    expect(wide.window!.y).toBeLessThan(wide.bans.top);
  });

  it('measures the calculated rise between the February 2015 and June 2016 totals', () => {
    const [, feb, , jun] = wide.bans.points;
    expect(wide.growth!.y1).toBeCloseTo(feb!.y);
    expect(wide.growth!.y0).toBeCloseTo(jun!.y);
    expect(wide.growth!.x).toBeGreaterThan(jun!.x);
  });

  it('never joins the announced totals with a line', () => {
    const svg = renderTurkey(rows, { layout: 'narrow', idPrefix: 't', title: 'T', description: 'D' });
    expect(svg).not.toMatch(/<polyline/);
    expect(svg.match(/<circle class="dot--c1"/g)).toHaveLength(4);
    expect(svg.match(/<rect class="dot--c2"/g)).toHaveLength(2);
  });

  it('keeps value labels inside the drawing', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutTurkey(rows, layout);
      for (const l of L.labels) expect(l.top - L.font).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('Turkey no-entry chart as published', () => {
  const model = getChart('turkey-entry-ban').build(loadDataset(), 'https://example.org');

  it('matches the committed snapshots', async () => {
    await expect(normaliseSvg(model.svg.wide)).toMatchFileSnapshot('__snapshots__/turkey-entry-ban.wide.svg');
    await expect(normaliseSvg(model.svg.narrow)).toMatchFileSnapshot('__snapshots__/turkey-entry-ban.narrow.svg');
  });

  it('lists every announced total, the two added from 2014 and 2015 included, and the article’s claims', () => {
    const bans = model.rows.filter((r) => r.cells[0] === 'Barred from entry').map((r) => r.cells[2]);
    expect(bans).toEqual([
      'more than 5,300',
      '7,833',
      '9,955',
      '12,800',
      '20,000',
      'more than 26,600',
      '33,746',
      '49,000',
      '53,781',
    ]);
    expect(model.rows.filter((r) => r.cells[0] === 'Article’s claim')).toHaveLength(2);
  });
});
