import { describe, expect, it } from 'vitest';
import { layoutReturns, RETURN_PANELS, valueText, type ReturnRow } from '../../../src/charts/who-could-return';
import { textWidth } from '../../../src/charts/labels';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

const row = (country: string, label: string, drawn: number, over: Partial<ReturnRow> = {}): ReturnRow => ({
  ...fields({ figure: `${country}-${label}`, value: drawn, short: String(drawn), text: String(drawn) }),
  country,
  label,
  status: 'in-zone',
  drawn,
  calculated: false,
  part: false,
  disputed: false,
  ...over,
});

const rows: ReturnRow[] = [
  row('France', 'In Syria and Iraq', 689),
  row('France', 'Returns', 12, { status: 'back' }),
  row('Belgium', 'In Syria and Iraq', 266),
  row('Germany', 'Had left', 810, { status: 'left' }),
  row('Germany', 'Back', 270, { status: 'back', calculated: true, kind: 'derived', short: 'about 270' }),
  row('Tunisia', 'Fighting abroad', 4000, { disputed: true }),
  row('Tunisia', 'In Libya', 1000, { short: 'about 1,000' }),
];

describe('who-could-return layout', () => {
  for (const layout of ['narrow', 'wide'] as const) {
    const L = layoutReturns(rows, layout);
    const bars = L.panels.flatMap((p) => p.bars);

    it(`${layout}: one panel per country, each with its own source line`, () => {
      expect(L.panels.map((p) => p.country)).toEqual(RETURN_PANELS.map((p) => p.country));
      for (const p of L.panels) expect(p.source.length).toBeGreaterThan(0);
    });

    it(`${layout}: every bar starts at zero on one shared scale; none is stacked on another`, () => {
      const x0 = L.x(0);
      for (const b of bars) expect(b.x0).toBe(x0);
      const france = bars.find((b) => b.row.label === 'In Syria and Iraq' && b.row.country === 'France')!;
      const belgium = bars.find((b) => b.row.country === 'Belgium')!;
      expect((belgium.x1 - x0) / (france.x1 - x0)).toBeCloseTo(266 / 689);
    });

    it(`${layout}: breaks the bar that runs past the scale and keeps its label inside`, () => {
      const broken = bars.filter((b) => b.broken).map((b) => b.row.drawn);
      expect(broken).toEqual([4000]);
      for (const b of bars) expect(b.valueX + textWidth(valueText(b.row), L.font, true)).toBeLessThanOrEqual(L.width + 0.5);
    });
  }

  it('writes a calculated value as such', () => {
    expect(valueText(rows[4]!)).toBe('about 270 (calculated)');
  });
});

describe('who-could-return chart as published', () => {
  const model = getChart('who-could-return').build(loadDataset(), 'https://example.org');

  it('draws Germany’s returnees from the derived figure, marked calculated', () => {
    const germany = model.rows.filter((r) => r.cells[0] === 'Germany');
    expect(germany[1]?.cells[2]).toBe('about 270');
    expect(germany[1]?.cells[4]).toBe('Calculated by this site');
    expect(model.figures).toContain('germany-returnees-2016-06');
    expect(model.svg.wide).toContain('about 270 (calculated)');
  });

  it('shows France’s 689 with its women and minors as parts, not additions', () => {
    const france = model.rows.filter((r) => r.cells[0] === 'France').map((r) => r.cells[2]);
    expect(france.slice(0, 3)).toEqual(['689', '275', '17']);
  });
});
