import { describe, expect, it } from 'vitest';
import { layoutMonthlyFlow, renderMonthlyFlow, type FlowRow } from '../../../src/charts/monthly-flow';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';
import { labelBox, textWidth } from '../../../src/charts/labels';

const row = (over: Partial<FlowRow>): FlowRow => ({
  ...fields({
    figure: 'x',
    from: '2016-04',
    to: '2016-04',
    period: 'April 2016',
    text: 'about 200 a month',
    who: 'Pentagon',
    where: 'The Washington Post, 26 April 2016',
    kind: 'estimate',
  }),
  value: 200,
  ...over,
});
const rows = [
  row({ figure: 'peak', from: '2013', to: '2015', period: 'the peak', value: 2000, text: '2,000 a month' }),
  row({ figure: 'apr' }),
  row({ figure: 'now', from: '2016-08', to: '2016-09', value: 50, text: 'as few as 50 a month' }),
];

describe('monthly flow layout', () => {
  const wide = layoutMonthlyFlow(rows, 'wide');

  it('spans whole years from the first to the last figure', () => {
    expect(wide.x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2013-01-01', '2017-01-01']);
  });

  it('puts zero on the baseline and scales values linearly', () => {
    expect(wide.y(0)).toBe(wide.baseline);
    const [peak, apr, now] = wide.marks;
    expect((wide.baseline - apr!.y) / (wide.baseline - peak!.y)).toBeCloseTo(200 / 2000);
    expect((wide.baseline - now!.y) / (wide.baseline - peak!.y)).toBeCloseTo(50 / 2000);
  });

  it('keeps marks and labels clear of the tick numbers at the left edge, at 320 px too', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutMonthlyFlow(rows, layout);
      const numberRight = L.plotLeft + textWidth('2,000', L.font);
      expect(Math.min(...L.marks.map((m) => m.x0 - 6))).toBeGreaterThan(numberRight);
      for (const t of L.y.ticks(4)) {
        const tick = labelBox({ x: L.plotLeft, y: L.y(t), lines: [t.toLocaleString('en')], anchor: 'start' }, L.font, L.y(t) - 5);
        for (const l of L.labels) {
          const b = labelBox(l, L.font, l.top);
          const apart = b.right <= tick.left || tick.right <= b.left || b.bottom <= tick.top || tick.bottom <= b.top;
          expect(apart, `${layout}: “${l.lines.join(' ')}” over ${t}`).toBe(true);
        }
      }
    }
  });

  it('draws a multi-year figure as a span and a single month as a point', () => {
    expect(wide.marks.map((m) => m.span)).toEqual([true, false, true]);
    expect(wide.marks[0]!.x1 - wide.marks[0]!.x0).toBeGreaterThan(wide.width * 0.6);
  });

  it('keeps every label inside the drawing', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutMonthlyFlow(rows, layout);
      for (const l of L.labels) expect(l.top - L.font).toBeGreaterThanOrEqual(0);
    }
  });

  it('never joins the points with a line', () => {
    const svg = renderMonthlyFlow(rows, { layout: 'wide', idPrefix: 't', title: 'T', description: 'D' });
    expect(svg).not.toMatch(/<path|<polyline/);
    expect(svg.match(/data-point/g)).toHaveLength(3);
  });
});

describe('monthly flow chart as published', () => {
  const model = getChart('monthly-flow').build(loadDataset(), 'https://example.org');

  it('has a table and CSV with one row per figure, values as in the dataset', () => {
    expect(model.rows.map((r) => r.cells[2])).toEqual(['2000', '200', '50']);
    expect(model.csv.split('\n')).toHaveLength(4);
  });
});
