import { describe, expect, it } from 'vitest';
import { renderTurkey, type TurkeyRow } from '../../../src/charts/turkey-entry-ban';
import { layoutTurkey, monthsBetween } from '../../../src/charts/turkey-entry-ban-layout';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

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
  {
    ...fields({ figure: 'ceiling', value: 5000, short: 'fewer than 5,000', from: '2014-01', to: '2014-12', period: '2014' }),
    role: 'ceiling',
  },
  {
    ...fields({ figure: 'window', value: 40000, short: 'more than 40,000', from: '2015-03', to: '2016-09', asOf: '2016-09-09' }),
    role: 'window',
  },
  {
    ...fields({ figure: 'growth', value: 39000, short: 'about 39,000', kind: 'derived' }),
    role: 'growth',
    inputs: ['turkey-entry-ban-2015-02', 'turkey-entry-ban-2016-06'],
  },
];

describe('Turkey no-entry layout', () => {
  const wide = layoutTurkey(rows, 'wide');

  it('places each total on the day it was announced', () => {
    const x = (d: string) => wide.x(new Date(`${d}T12:00:00Z`));
    expect(wide.bans.points.map((p) => p.x)).toEqual(['2014-06-24', '2015-02-04', '2015-12-17', '2016-06-01'].map(x));
  });

  it('gives deportations a scale of their own below the entry bans, each from zero to its data, nice()d', () => {
    // 49,000 and 3,513, nice()d, grown until each leaves room above it for its label.
    expect(wide.bans.y.domain()).toEqual([0, 60000]);
    expect(wide.deportations.y.domain()).toEqual([0, 5500]);
    for (const panel of [wide.bans, wide.deportations]) {
      const top = Math.min(...panel.points.map((p) => p.y));
      expect(top - panel.y.range()[1]!).toBeGreaterThanOrEqual(wide.font * 1.25 + 12);
    }
    expect(wide.deportations.top).toBeGreaterThan(wide.bans.baseline);
    const more = layoutTurkey([...rows, point('ban', 'later', '2017-07-01', 75000)], 'wide');
    expect(more.bans.y.domain()[1]).toBeGreaterThanOrEqual(75000);
    expect(more.bans.y(75000)).toBeGreaterThanOrEqual(more.bans.top);
  });

  it('runs the time axis over whole years, from the first row to the last', () => {
    expect(wide.years).toEqual([2014, 2016]);
    expect(wide.x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2014-01-01', '2017-01-01']);
  });

  it('counts the months of the article’s window up to the day it was stated', () => {
    expect(monthsBetween('2015-03', '2016-09-09')).toBe(18);
    expect(monthsBetween('2014-01', '2015-01')).toBe(12);
    expect(wide.window!.lines.join(' ')).toContain('in these 18 months');
  });

  it('draws the claimed 2014 ceiling below the total announced in June 2014', () => {
    const june = wide.bans.points[0]!;
    expect(wide.ceiling!.y).toBeCloseTo(wide.bans.y(5000));
    expect(wide.ceiling!.y).toBeGreaterThan(june.y);
    expect(wide.ceiling!.x1).toBeLessThanOrEqual(wide.x(new Date(Date.UTC(2015, 0, 1))));
  });

  it('spans the 18-month bracket from March 2015 to the article’s day, above the plot', () => {
    expect(wide.window!.x0).toBeCloseTo(wide.x(new Date(Date.UTC(2015, 2, 1, 12))));
    expect(wide.window!.x1).toBeCloseTo(wide.article);
    expect(wide.article).toBeCloseTo(wide.x(new Date(Date.UTC(2016, 8, 9, 12))));
    expect(wide.articleLabel.lines).toEqual(['Article, 9 Sep 2016']);
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
