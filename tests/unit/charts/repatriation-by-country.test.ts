import { describe, expect, it } from 'vitest';
import { COUNTS, type RepatriationRole, type RepatriationRow } from '../../../src/charts/repatriation-by-country';
import { layoutRepatriation, scaleEnd, valueText } from '../../../src/charts/repatriation-by-country-layout';
import { textWidth } from '../../../src/charts/labels';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

const row = (country: string, role: RepatriationRole, value: number, over: Partial<RepatriationRow> = {}): RepatriationRow => ({
  ...fields({ figure: `${country}-${role}`, value, short: value.toLocaleString('en'), text: value.toLocaleString('en') }),
  country,
  role,
  value,
  counts: role === 'total' ? 'people' : '',
  childrenOnly: false,
  calculated: false,
  ...over,
});

const rows: RepatriationRow[] = [
  row('Iraq', 'total', 14513, { short: 'about 14,513' }),
  row('Iraq', 'families', 3751, { text: '3,751 families' }),
  row('Kazakhstan', 'total', 595),
  row('Kazakhstan', 'men', 33),
  row('Kazakhstan', 'women', 156),
  row('Kazakhstan', 'children', 406),
  row('France', 'total', 188, { calculated: true, kind: 'derived' }),
  row('France', 'women', 56),
  row('France', 'children', 132),
  row('Russia', 'total', 341, { childrenOnly: true }),
];

describe('repatriation-by-country layout', () => {
  it('ends the scale at the largest total unless it is an outlier, then at the next', () => {
    expect(scaleEnd([14513, 595, 438])).toBe(595);
    expect(scaleEnd([595, 500, 438])).toBe(595);
    // More than three times the next is an outlier; up to three times is not.
    expect(scaleEnd([1800, 595])).toBe(595);
    expect(scaleEnd([1785, 595])).toBe(1785);
    expect(scaleEnd([1500, 595])).toBe(1500);
  });

  for (const layout of ['narrow', 'wide'] as const) {
    const L = layoutRepatriation(rows, layout);
    const bar = (country: string) => L.bars.find((b) => b.country === country)!;

    it(`${layout}: one bar per country, on one scale from zero`, () => {
      expect(L.bars.map((b) => b.country)).toEqual(['Iraq', 'Kazakhstan', 'France', 'Russia']);
      for (const b of L.bars) expect(b.x0).toBe(L.x(0));
      const x0 = L.x(0);
      expect((bar('Russia').x1 - x0) / (bar('Kazakhstan').x1 - x0)).toBeCloseTo(341 / 595);
    });

    it(`${layout}: breaks the outlier past the scale's end, and no other`, () => {
      expect(L.bars.filter((b) => b.broken).map((b) => b.country)).toEqual(['Iraq']);
      expect(bar('Iraq').x1).toBeGreaterThan(L.x(595));
    });

    it(`${layout}: divides a bar into the parts its source gave, end to end`, () => {
      const k = bar('Kazakhstan');
      expect(k.parts.map((p) => p.row.role)).toEqual(['men', 'women', 'children']);
      expect(k.parts[0]!.x0).toBe(k.x0);
      expect(k.parts[2]!.x1).toBeCloseTo(k.x1);
      expect((k.parts[2]!.x1 - k.parts[2]!.x0) / (k.x1 - k.x0)).toBeCloseTo(406 / 595);
      expect(bar('Russia').parts).toEqual([]);
    });

    it(`${layout}: says whom and when beside each bar, families included, and keeps every value inside the drawing`, () => {
      expect(bar('Iraq').detail.join(' ')).toContain('3,751 families');
      for (const b of L.bars) {
        expect(b.detail.join(' ')).toContain(b.total.period);
        expect(b.valueX + textWidth(valueText(b.total), L.font, true)).toBeLessThanOrEqual(L.width + 0.5);
      }
    });
  }

  it('writes this site’s sums as calculated', () => {
    expect(valueText(rows[6]!)).toBe('188 (calculated)');
  });
});

describe('repatriation-by-country chart as published', () => {
  const data = loadDataset();
  const model = getChart('repatriation-by-country').build(data, 'https://example.org');
  const totals = model.rows.filter((r) => r.cells[1]?.startsWith('Total'));

  it('has one total per country, each saying whom it counts and when', () => {
    const countries = totals.map((r) => r.cells[0]);
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries[0]).toBe('Iraq');
    for (const r of totals) {
      expect(r.cells[1]).toMatch(/^Total: \S/);
      expect(r.cells[4]).not.toBe('');
    }
    const ids = model.figures.filter((id) => data.figures.get(id)?.series === 'repatriation-by-country');
    expect(ids.sort()).toEqual(Object.keys(COUNTS).sort());
  });

  it('splits a total only into parts that add up to it', () => {
    let country = '';
    const sums = new Map<string, { total: number; parts: number }>();
    for (const r of model.rows) {
      if (r.cells[1]?.startsWith('Total')) country = r.cells[0] ?? '';
      const entry = sums.get(country) ?? { total: 0, parts: 0 };
      const value = Number(r.cells[3]);
      if (r.cells[1]?.startsWith('Total')) entry.total = value;
      else if (/men|women|children/.test(r.cells[1] ?? '')) entry.parts += value;
      sums.set(country, entry);
    }
    const split = [...sums].filter(([, s]) => s.parts > 0);
    expect(split.map(([c]) => c).sort()).toEqual(['France', 'Germany', 'Kazakhstan', 'Kosovo']);
    for (const [, s] of split) expect(s.parts).toBe(s.total);
  });

  it('marks France’s and Germany’s totals as this site’s sums', () => {
    const calculated = totals.filter((r) => r.cells[5] === 'Our calculation').map((r) => r.cells[0]);
    expect(calculated.sort()).toEqual(['France', 'Germany']);
    expect(model.svg.wide).toContain('188 (calculated)');
  });
});
