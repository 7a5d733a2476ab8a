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

    it(`${layout}: draws every bar to length, so values that differ fourfold differ fourfold in length`, () => {
      const len = (b: (typeof bars)[number]) => b.x1 - b.x0;
      // Within each panel, on its own scale.
      for (const p of L.panels)
        for (const a of p.bars)
          for (const b of p.bars)
            expect(len(a) / len(b), `${a.row.figure} : ${b.row.figure}`).toBeCloseTo(a.row.drawn / b.row.drawn, 5);
      const [abroad, libya] = L.panels.find((p) => p.country === 'Tunisia')!.bars;
      expect(len(abroad!) / len(libya!)).toBeCloseTo(4, 5);
      // Across the European panels, on the scale they share.
      const europe = bars.filter((b) => b.row.country !== 'Tunisia');
      const germany = europe.find((b) => b.row.label === 'Had left')!;
      for (const b of europe) expect(len(b) / len(germany)).toBeCloseTo(b.row.drawn / 810, 5);
      for (const b of bars) expect(b.valueX + textWidth(valueText(b.row), L.font, true)).toBeLessThanOrEqual(L.width + 0.5);
    });

    it(`${layout}: gives Tunisia a scale of its own and says so in the panel`, () => {
      const tunisia = L.panels.find((p) => p.country === 'Tunisia')!;
      expect(tunisia.x.domain()).toEqual([0, 4000]);
      // Same length for both scales: "4 times as compressed" holds for the bars as drawn.
      expect(tunisia.x.range()).toEqual(L.x.range());
      expect(L.x.domain()).toEqual([0, 1000]);
      expect(tunisia.own?.lines.join(' ')).toBe('A scale of its own, 4 times as compressed as the panels above:');
      for (const p of L.panels.filter((q) => q.country !== 'Tunisia')) expect(p.x).toBe(L.x);
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
    expect(germany[1]?.cells[4]).toBe('Our calculation');
    expect(model.figures).toContain('germany-returnees-2016-06');
    expect(model.svg.wide).toContain('about 270 (calculated)');
  });

  it('shows France’s 689 with its women and minors as parts, not additions', () => {
    const france = model.rows.filter((r) => r.cells[0] === 'France').map((r) => r.cells[2]);
    expect(france.slice(0, 3)).toEqual(['689', '275', '17']);
  });
});
