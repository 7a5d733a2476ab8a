import { describe, expect, it } from 'vitest';
import { layoutPerCapita, totalText, type PerCapitaRow } from '../../../src/charts/western-europe-per-capita';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

const rows: PerCapitaRow[] = [
  { country: 'Belgium', rate: fields({ value: 40 }), total: fields({ value: 440 }) },
  { country: 'Germany', rate: fields({ value: 7.5 }), total: fields({ value: undefined, low: 500, high: 600 }) },
  { country: 'Italy', rate: fields({ value: 1.5 }), total: fields({ value: 80 }) },
];

describe('per-capita layout', () => {
  const wide = layoutPerCapita(rows, 'wide');
  const narrow = layoutPerCapita(rows, 'narrow');

  it('draws rate bars from one baseline, in proportion', () => {
    const [be, de] = wide.marks;
    expect((de!.rateX1 - wide.nameWidth) / (be!.rateX1 - wide.nameWidth)).toBeCloseTo(7.5 / 40);
  });

  it('draws a range total as a range and a single total as a point', () => {
    const [be, de] = wide.marks;
    expect(be!.totalX0).toBe(be!.totalX1);
    expect(de!.totalX1 - de!.totalX0).toBeCloseTo(wide.total!(600) - wide.total!(500));
    expect(totalText(rows[1]!.total)).toBe('500–600');
  });

  it('keeps the two sets of marks apart when wide, and the totals as text when narrow', () => {
    const longestRate = Math.max(...wide.marks.map((m) => m.rateX1));
    expect(wide.total!.range()[0]).toBeGreaterThan(longestRate + 40);
    expect(narrow.total).toBeUndefined();
    expect(narrow.marks.every((m) => m.nameY < m.y)).toBe(true);
  });
});

describe('per-capita chart as published', () => {
  const model = getChart('western-europe-per-capita').build(loadDataset(), 'https://example.org');

  it('says once, above the table, what every row shares (one study), and keeps it in each CSV row', () => {
    expect(model.shared.map((s) => s.label)).toEqual(['Period', 'Stated by', 'Published in']);
    expect(model.shared[1]?.value).toMatch(/ICSR/);
    expect(model.columns.map((c) => c.label)).toEqual(['Country', 'Per million inhabitants (up to)', 'Fighters in all']);
    expect(model.rows.every((r) => r.cells.length === 3)).toBe(true);
    const csv = model.csv.trim().split('\n');
    expect(csv[0]).toMatch(/^Country,Per million inhabitants \(up to\),Fighters in all,Period,Stated by,Published in,/);
    expect(csv.slice(1).every((line) => line.includes('King'))).toBe(true);
  });

  it('lists the 14 countries from the highest rate, Belgium first, with ranges kept as ranges', () => {
    expect(model.rows).toHaveLength(14);
    expect(model.rows[0]?.cells.slice(0, 3)).toEqual(['Belgium', '40', '440']);
    expect(model.rows.find((r) => r.cells[0] === 'Germany')?.cells[2]).toBe('500–600');
    const rates = model.rows.map((r) => Number(r.cells[1]));
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  });
});
