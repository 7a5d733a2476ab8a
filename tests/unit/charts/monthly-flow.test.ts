import { describe, expect, it } from 'vitest';
import { BIG, layoutMonthlyFlow, renderMonthlyFlow, type FlowLabel, type FlowRow } from '../../../src/charts/monthly-flow';
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
    text: '200 a month',
    short: '200',
    who: 'Pentagon',
    where: 'The Washington Post, 26 April 2016',
    kind: 'estimate',
  }),
  value: 200,
  role: 'disputed',
  words: 'April',
  ...over,
});
const rows: FlowRow[] = [
  row({
    figure: 'peak',
    role: 'peak',
    from: '2013',
    to: '2015',
    period: 'the peak',
    value: 2000,
    text: '2,000 a month',
    short: '2,000',
  }),
  row({ figure: 'apr' }),
  row({ figure: 'warren', role: 'ceiling', value: 500, text: 'up to 500 a month', short: 'up to 500' }),
  row({
    figure: 'now',
    role: 'latest',
    from: '2016-08',
    to: '2016-09',
    value: 50,
    text: 'as few as 50 a month',
    short: 'as few as 50',
  }),
  row({ figure: 'fall', role: 'fall', from: '2013', to: '2016-09', value: 97.5, text: 'up to 97.5%', short: 'up to 97.5%' }),
];

/** A label's box: each line at its own size (the large end values, then body text). */
function boxOf(l: FlowLabel) {
  const width = Math.max(...l.lines.map((line) => textWidth(line.text, line.size, line.bold)));
  const left = l.anchor === 'end' ? l.x - width : l.x;
  const first = l.lines[0]?.size ?? 0;
  const bottom = l.y + l.lines.slice(1).reduce((h, line) => h + line.size * 1.25, 0);
  return { left, right: left + width, top: l.y - first * 0.93, bottom: bottom + 4 };
}
const apart = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe('monthly flow layout', () => {
  const wide = layoutMonthlyFlow(rows, 'wide');
  const by = (L: typeof wide, id: string) => L.marks.find((m) => m.row.figure === id)!;

  it('spans whole years from the first to the last figure drawn', () => {
    expect(wide.x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2013-01-01', '2017-01-01']);
  });

  it('puts zero on the baseline and scales values linearly', () => {
    expect(wide.y(0)).toBe(wide.baseline);
    const peak = by(wide, 'peak');
    expect((wide.baseline - by(wide, 'apr').y) / (wide.baseline - peak.y)).toBeCloseTo(200 / 2000);
    expect((wide.baseline - by(wide, 'now').y) / (wide.baseline - peak.y)).toBeCloseTo(50 / 2000);
  });

  it('writes the two ends of the fall large, and the fall as a share under the latest value', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutMonthlyFlow(rows, layout);
      const large = L.labels.flatMap((l) => l.lines.filter((line) => line.size === L.font * BIG).map((line) => line.text));
      expect(large, layout).toEqual(['2,000', 'as few as 50']);
      const latest = L.labels.find((l) => l.lines[0]?.text === 'as few as 50')!;
      expect(latest.lines.at(-1)).toMatchObject({ text: 'a fall of up to 97.5%', bold: true });
    }
  });

  it('draws April 2016 as disputed: the Pentagon’s point and the coalition’s ceiling above it, in the same month', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutMonthlyFlow(rows, layout);
      const apr = by(L, 'apr');
      const ceiling = by(L, 'warren');
      expect(ceiling.x0).toBe(apr.x0);
      expect(ceiling.y1).toBeCloseTo(apr.y);
      expect(ceiling.y).toBeCloseTo(L.y(500));
      expect(L.labels.some((l) => l.lines.map((x) => x.text).join(' ') === 'April 2016: two official figures disagree')).toBe(
        true,
      );
    }
  });

  it('attaches each label to its mark at 320 px: beside it, or joined by a leader', () => {
    const L = layoutMonthlyFlow(rows, 'narrow');
    const peak = by(L, 'peak');
    const peakLabel = L.labels.find((l) => l.lines[0]?.text === '2,000')!;
    expect(peakLabel.x).toBe(peak.x0);
    expect(boxOf(peakLabel).bottom).toBeLessThanOrEqual(peak.y);
    expect(peak.y - boxOf(peakLabel).bottom).toBeLessThan(12);
    const apr = by(L, 'apr');
    const aprLabel = L.labels.find((l) => l.lines[0]?.text.startsWith('200'))!;
    expect(apr.x0 - aprLabel.x).toBeLessThan(20);
    expect(Math.abs(aprLabel.y - L.font * 0.35 - apr.y)).toBeLessThan(1);
    const now = by(L, 'now');
    const nowLabel = L.labels.find((l) => l.lines[0]?.text === 'as few as 50')!;
    expect(L.leader?.x).toBeCloseTo((now.x0 + now.x1) / 2);
    expect(L.leader!.y0).toBeGreaterThanOrEqual(boxOf(nowLabel).bottom - 4);
    expect(L.leader!.y1).toBeLessThan(now.y);
  });

  it('keeps labels apart from each other and from the tick numbers, at 320 px too', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutMonthlyFlow(rows, layout);
      const boxes = L.labels.map(boxOf);
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => expect(apart(a, b), `${layout}: labels ${i} and ${i + j + 1}`).toBe(true)),
      );
      for (const t of L.y.ticks(4)) {
        const tb = labelBox({ x: L.plotLeft, y: L.y(t), lines: [t.toLocaleString('en')], anchor: 'start' }, L.font, L.y(t) - 5);
        const tick = { left: tb.left, right: tb.right, top: tb.top, bottom: tb.bottom };
        boxes.forEach((b, i) => expect(apart(b, tick), `${layout}: label ${i} over ${t}`).toBe(true));
      }
      for (const b of boxes) {
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(L.width);
      }
    }
  });

  it('never joins the estimates with a line', () => {
    const svg = renderMonthlyFlow(rows, { layout: 'wide', idPrefix: 't', title: 'T', description: 'D' });
    // No path but the grid lines and ticks, each drawn as one path.
    expect(svg.replace(/<path class="(?:grid|tick)" d="(?:M[\d. -]+[HV][\d.-]+)+"><\/path>/g, '')).not.toMatch(/<path|<polyline/);
    expect(svg.match(/data-point/g)).toHaveLength(5);
  });
});

describe('monthly flow chart as published', () => {
  const model = getChart('monthly-flow').build(loadDataset(), 'https://example.org');

  it('has a table and CSV with one row per figure, April 2016’s two figures and the fall included', () => {
    expect(model.figures).toEqual([
      'peak-monthly-flow',
      'pentagon-monthly-flow-2016-04',
      'warren-monthly-flow-2016-04',
      'current-monthly-flow',
      'global-monthly-flow-drop',
    ]);
    expect(model.rows.map((r) => r.cells[2])).toEqual([
      '2,000 a month',
      '200 a month',
      'up to 500 a month',
      'as few as 50 a month',
      'up to 97.5%',
    ]);
    expect(model.rows[4]?.cells[3]).toBe('Our calculation');
    expect(model.csv.split('\n')).toHaveLength(6);
  });
});
