import { describe, expect, it } from 'vitest';
import type { TotalsRow } from '../../../src/charts/running-totals';
import { labelLines, layoutTotals } from '../../../src/charts/running-totals-layout';
import { getChart } from '../../../src/charts/registry';
import { runningTotals } from '../../../src/charts/running-totals';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

const total = (figure: string, to: string, value: number | [number, number], source: TotalsRow['source']): TotalsRow => ({
  ...fields({
    figure,
    from: to,
    to,
    value: typeof value === 'number' ? value : undefined,
    low: typeof value === 'number' ? undefined : value[0],
    high: typeof value === 'number' ? undefined : value[1],
    short: typeof value === 'number' ? value.toLocaleString('en') : `${value[0]} to ${value[1]}`,
  }),
  role: 'total',
  source,
  tag: source,
  articleDay: '2016-09-09',
});
const flow = (figure: string, from: string, to: string, value: number | undefined, short: string): TotalsRow => ({
  ...fields({ figure, from, to, value, short, text: short }),
  role: 'flow',
  source: 'us',
  tag: 'U.S.',
  articleDay: '2016-09-09',
});

const rows: TotalsRow[] = [
  total('s-2014', '2014-06', 12000, 'soufan'),
  total('s-2015', '2015-12', [27000, 31000], 'soufan'),
  total('i-2019', '2019-07', 52808, 'icsr'),
  flow('peak', '2013', '2015', 2000, '2,000'),
  flow('now', '2016-08', '2016-09', 50, 'as few as 50'),
  flow('halt', '2018-08', '2018-08', undefined, 'halted'),
];

describe('running-totals layout', () => {
  for (const layout of ['narrow', 'wide'] as const) {
    const L = layoutTotals(rows, layout, '2016-09-09');
    const [totals, monthly] = L.panels;
    const mark = (id: string) => L.panels.flatMap((p) => p.marks).find((m) => m.row.figure === id)!;

    it(`${layout}: the totals above, the monthly flow below, each on a scale from zero of its own`, () => {
      expect(L.panels.map((p) => p.name)).toEqual(['totals', 'flow']);
      expect(totals!.y.domain()).toEqual([0, 60000]);
      expect(monthly!.y.domain()[1]).toBeGreaterThanOrEqual(2000);
      expect(monthly!.y.domain()[1]).toBeLessThan(5000);
      expect(L.years).toEqual([2013, 2019]);
    });

    it(`${layout}: each total at the date it counted to, a range from its low to its high end`, () => {
      expect(mark('s-2014').x).toBeCloseTo(L.x(new Date(Date.UTC(2014, 5, 15, 12))), 0);
      const range = mark('s-2015');
      expect(range.y0).toBeCloseTo(totals!.y(27000));
      expect(range.y1).toBeCloseTo(totals!.y(31000));
      expect(mark('i-2019').y).toBeLessThan(mark('s-2014').y);
    });

    it(`${layout}: the undated peak as a span over its years, words where no number was given`, () => {
      const peak = mark('peak');
      expect(peak.x0).toBeCloseTo(L.x(new Date(Date.UTC(2013, 0, 1, 12))));
      expect(peak.x1).toBeCloseTo(L.x(new Date(Date.UTC(2015, 11, 31, 12))));
      expect(monthly!.marks.map((m) => m.row.figure)).toEqual(['peak', 'now']);
      expect(L.words.map((w) => w.row.figure)).toEqual(['halt']);
      expect(L.words[0]!.y).toBeLessThan(monthly!.baseline);
      expect(L.labels.find((l) => l.row.figure === 'halt')?.lines.join(' ')).toContain('halted');
    });

    it(`${layout}: marks the article's day`, () => {
      expect(L.article?.x).toBeCloseTo(L.x(new Date(Date.UTC(2016, 8, 9, 12))));
    });
  }

  it('writes a range with its hedge apart only when narrow', () => {
    const r = { ...rows[0]!, short: 'about 12,000' };
    expect(labelLines(r, 'wide', 200, 16)).toEqual(['about 12,000']);
    expect(labelLines(r, 'narrow', 200, 14)).toEqual(['about', '12,000']);
  });
});

describe('running-totals chart as published', () => {
  const data = loadDataset();
  const rows = runningTotals.rows(data);
  const model = getChart('running-totals').build(data, 'https://example.org');

  it('draws every global total from 2014 to 2019, by a known source, in the order of their dates', () => {
    const totals = rows.filter((r) => r.role === 'total');
    expect(totals.map((r) => r.figure)).toEqual(
      [...data.figures.values()]
        .filter((f) => f.series === 'global-cumulative-total')
        .map((f) => f.id)
        .sort((a, b) => {
          const to = (id: string) => data.figures.get(id)?.period.to ?? '';
          return to(a).localeCompare(to(b), 'en');
        }),
    );
    expect(totals.every((r) => r.source !== 'other')).toBe(true);
    expect(totals[0]!.to.slice(0, 4)).toBe('2014');
    expect(totals.at(-1)!.to.slice(0, 4)).toBe('2019');
  });

  it('shows the totals still rising after the monthly flow had collapsed', () => {
    const totals = rows.filter((r) => r.role === 'total');
    const before = totals.filter((r) => r.to < '2016-09');
    const after = totals.filter((r) => r.to > '2016-09');
    const top = (list: TotalsRow[]) => Math.max(...list.map((r) => r.high ?? r.value ?? 0));
    expect(top(after)).toBeGreaterThan(top(before));
    const numbers = rows.filter((r) => r.role === 'flow' && r.value !== undefined);
    expect(numbers.every((r) => r.to <= '2016-09')).toBe(true);
    expect(rows.filter((r) => r.role === 'flow' && r.value === undefined).map((r) => r.figure)).toEqual([
      'soufan-flow-standstill-2017',
      'un-monitors-flow-halt-2018',
    ]);
    expect(model.svg.wide).toContain('27,000 to 31,000');
  });
});
