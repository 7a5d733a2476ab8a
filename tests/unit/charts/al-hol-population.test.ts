import { describe, expect, it } from 'vitest';
import { PARTS_SUM, type AlHolRole, type AlHolRow } from '../../../src/charts/al-hol-population';
import { labelLines, layoutAlHol, sourceRow } from '../../../src/charts/al-hol-population-layout';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields, labelBox, overlap } from './fixtures';

const row = (figure: string, role: AlHolRole, value: number, from: string, tag: string, to = from): AlHolRow => ({
  ...fields({ figure, value, short: value.toLocaleString('en'), text: value.toLocaleString('en'), from, to, period: from }),
  role,
  value,
  tag,
});

const rows: AlHolRow[] = [
  row('t-2018', 'total', 10000, '2018-12', 'UN'),
  row('t-2019', 'total', 75000, '2019-04', 'UN'),
  row('t-2024', 'total', 42781, '2024', 'camp admin.'),
  row('t-2025', 'total', 34927, '2025-04', 'Rudaw'),
  row('f-2019', 'foreigners', 11000, '2019-04', 'HRW'),
  row('f-2025', 'foreigners', 6385, '2025-04', 'Rudaw'),
  row('sum', 'parts-sum', 37927, '2025-04', 'Rudaw'),
];

describe('al-hol-population layout', () => {
  for (const layout of ['narrow', 'wide'] as const) {
    const L = layoutAlHol(rows, layout);
    const [totals, foreigners] = L.panels;
    const mark = (id: string) => L.panels.flatMap((p) => p.marks).find((m) => m.row.figure === id)!;

    it(`${layout}: everyone in the camp above, the foreigners below, each on a scale from zero of its own`, () => {
      expect(L.panels.map((p) => p.name)).toEqual(['totals', 'foreigners']);
      expect(totals!.y.domain()[0]).toBe(0);
      expect(foreigners!.y.domain()[0]).toBe(0);
      expect(totals!.y.domain()[1]).toBeGreaterThanOrEqual(75000);
      // The foreigners' scale is their own: far below the camp's.
      expect(foreigners!.y.domain()[1]).toBeGreaterThanOrEqual(11000);
      expect(foreigners!.y.domain()[1]).toBeLessThan(20000);
      expect(foreigners!.top).toBeGreaterThan(totals!.baseline);
    });

    it(`${layout}: each count at its date, a count for a whole year as a span over the year`, () => {
      const x = L.x;
      expect(mark('t-2019').x).toBeCloseTo(x(new Date(Date.UTC(2019, 3, 15, 12))), 0);
      const year = mark('t-2024');
      expect(year.shape).toBe('span');
      expect(year.x0).toBeCloseTo(x(new Date(Date.UTC(2024, 0, 1, 12))));
      expect(year.x1).toBeCloseTo(x(new Date(Date.UTC(2024, 11, 31, 12))));
      expect(mark('t-2018').shape).toBe('dot');
      expect(mark('f-2019').shape).toBe('square');
      expect(L.years).toEqual([2018, 2025]);
    });

    it(`${layout}: joins only consecutive counts of one panel; the sum of parts is joined to nothing`, () => {
      expect(totals!.joins).toHaveLength(3);
      expect(foreigners!.joins).toHaveLength(1);
      // From the whole-year span's end to the next count.
      expect(totals!.joins[2]!.x1).toBeCloseTo(mark('t-2024').x1);
      expect(totals!.joins[2]!.x2).toBeCloseTo(mark('t-2025').x);
    });

    it(`${layout}: shows the stated total and the sum of its parts, a bracket between them`, () => {
      const sum = mark('sum');
      const stated = mark('t-2025');
      expect(sum.shape).toBe('sum');
      expect(sum.x).toBeCloseTo(stated.x);
      expect(sum.y).toBeLessThan(stated.y);
      expect(L.disagreement).toEqual({ x: sum.x, y0: sum.y + 5, y1: stated.y - 5 });
      const label = L.labels.find((l) => l.row.figure === 't-2025')!;
      expect(label.lines.join(' ')).toContain('parts: 37,927');
    });

    it(`${layout}: labels every count, and no two labels overlap`, () => {
      expect(L.labels.map((l) => l.row.figure).sort()).toEqual(['f-2019', 'f-2025', 't-2018', 't-2019', 't-2024', 't-2025']);
      const boxes = L.labels.map((l) => labelBox(l, L.font));
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map(() => i),
      );
      expect(overlapping).toEqual([]);
    });
  }

  it('writes a hedge on a line of its own only when narrow', () => {
    const hedged = { ...rows[1]!, short: 'more than 75,000' };
    expect(labelLines(hedged, 'wide')).toEqual(['more than 75,000']);
    expect(labelLines(hedged, 'narrow')).toEqual(['more than', '75,000']);
  });

  it('names each source once under a run of its counts, keeping the names apart', () => {
    const L = layoutAlHol(rows, 'wide');
    const names = sourceRow(L.panels[0]!.marks, { font: 16, y: 100, left: 60, right: 640 });
    expect(names.map((n) => n.text)).toEqual(['UN', 'camp admin.', 'Rudaw']);
    expect(names[0]!.ticks).toHaveLength(2);
    for (let i = 1; i < names.length; i++) {
      const [a, b] = [names[i - 1]!, names[i]!];
      expect(b.x - b.width / 2 - (a.x + a.width / 2)).toBeGreaterThanOrEqual(12 - 0.01);
    }
    // Names that cannot share one row go on two.
    const crowded = sourceRow(L.panels[0]!.marks, { font: 16, y: 100, left: 60, right: 200 });
    expect(new Set(crowded.map((n) => n.y)).size).toBe(2);
  });
});

describe('al-hol-population chart as published', () => {
  const data = loadDataset();
  const model = getChart('al-hol-population').build(data, 'https://example.org');

  it('draws the camp from December 2018 to September 2025 and the foreigners where counted', () => {
    const counted = model.rows.map((r) => r.cells[0]);
    expect(counted.filter((c) => c === 'Everyone in the camp')).toHaveLength(8);
    expect(counted.filter((c) => c === 'Foreigners, not Syrian or Iraqi')).toHaveLength(4);
    expect(model.figures[0]).toBe('al-hol-2018-12');
    expect(model.figures).toContain('al-hol-2025-09');
  });

  it('shows both of Rudaw’s April 2025 numbers, the sum of the parts as this site’s arithmetic', () => {
    const sum = model.rows.find((r) => model.figures[model.rows.indexOf(r)] === PARTS_SUM)!;
    expect(sum.cells[3]).toBe('37927');
    expect(sum.cells[4]).toBe('Our calculation');
    expect(model.svg.wide).toContain('34,927 (parts: 37,927)');
    const iraqis = data.figures.get('al-hol-iraqis-2025-04')!.value!;
    const syrians = data.figures.get('al-hol-syrians-2025-04')!.value!;
    const others = data.figures.get('al-hol-foreigners-2025-04')!.value!;
    expect(iraqis + syrians + others).toBe(37927);
    expect(iraqis + syrians + others).not.toBe(data.figures.get('al-hol-2025-04')!.value);
  });

  it('names who made each count along the foot of its panel', () => {
    for (const who of ['UN', 'Rudaw', 'RIC', 'AP', 'camp admin.', 'HRW']) expect(model.svg.wide).toContain(`>${who}</text>`);
  });
});
