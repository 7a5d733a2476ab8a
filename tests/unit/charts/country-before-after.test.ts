import { describe, expect, it } from 'vitest';
import { renderDecline, type DeclineRow } from '../../../src/charts/country-before-after';
import { layoutDecline } from '../../../src/charts/country-before-after-layout';
import { textWidth } from '../../../src/charts/labels';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

const row = (country: string, shape: DeclineRow['shape'], over: Parameters<typeof fields>[0] = {}): DeclineRow => ({
  ...fields(over),
  country,
  unit: `what ${country} counts`,
  shape,
  ambiguous: false,
  together: undefined,
});

const rows: DeclineRow[] = [
  row('United States', 'band', { figure: 'us-a', value: undefined, low: 6, high: 10, text: '6 to 10 a month' }),
  row('United States', 'span', { figure: 'us-b', value: 1, text: '1 a month', from: '2015-08', to: '2016-05' }),
  row('France', 'bar', { figure: 'fr-a', value: 69 }),
  row('France', 'bar', { figure: 'fr-b', value: 18, from: '2016-01', to: '2016-06' }),
  row('France', 'bar', { figure: 'fr-c', value: 17, kind: 'derived', short: 'about 17', from: '2016-01', to: '2016-06' }),
  ...[144, 134, 56, 4, 4].map((v, i) => ({
    ...row('Belgium', 'bar', { figure: `be-${i}`, value: v, short: String(v), from: String(2013 + i), to: String(2013 + i) }),
    ambiguous: i >= 3,
    together: i >= 3 ? { value: '4', periods: ['2016', '2017'] } : undefined,
  })),
  row('Germany', 'words', {
    figure: 'de-a',
    kind: 'qualitative',
    text: 'dozens a month',
    openStart: true,
    from: '2015',
    to: '2015',
  }),
  row('Germany', 'words', { figure: 'de-b', kind: 'qualitative', text: 'a small handful', from: '2016-01', to: '2016-09' }),
  row('Germany', 'total', { figure: 'de-c', value: 750, from: '2015-11', to: '2015-11' }),
  row('Germany', 'total', { figure: 'de-d', value: 810, from: '2016-06', to: '2016-06' }),
  row('Germany', 'bracket', { figure: 'de-e', value: 60, kind: 'derived', short: 'about 60', from: '2015-11', to: '2016-06' }),
];

describe('country-by-country layout', () => {
  const wide = layoutDecline(rows, 'wide');
  const narrow = layoutDecline(rows, 'narrow');
  const panel = (L: typeof wide, title: string) => L.panels.find((p) => p.title === title)!;

  it('puts the four panels in a 2 × 2 grid when wide and in one column when narrow', () => {
    expect(wide.panels.map((p) => p.left)).toEqual([0, wide.panels[1]!.left, 0, wide.panels[1]!.left]);
    expect(wide.panels[1]!.left).toBeGreaterThan(wide.width / 2);
    expect(narrow.panels.every((p) => p.left === 0 && p.right === narrow.width)).toBe(true);
  });

  it('shares one time axis over the years the figures cover, but gives each country its own scale', () => {
    const domains = wide.panels.map((p) => p.x.domain().map((d) => d.getUTCFullYear()));
    expect(new Set(domains.map(String)).size).toBe(1);
    expect(wide.years).toEqual([2013, 2017]);
    expect(domains[0]).toEqual([2013, 2018]);
    // From zero to each panel's highest figure, nice()d: 69 → 70, 144 → 160, 810 → 900.
    expect(wide.panels.map((p) => p.y.domain()[1])).toEqual([10, 70, 160, 900]);
  });

  it('writes the other reading of an ambiguous split from its figures', () => {
    const belgium = panel(wide, 'Belgium');
    expect(belgium.notes[0]?.lines.join(' ')).toBe('4 in each year, or 4 in all?');
  });

  it('draws a range as a band from its low to its high value', () => {
    const p = panel(wide, 'United States');
    const band = p.marks[0]!;
    expect(band.y0).toBeCloseTo(p.y(10));
    expect(band.y1).toBeCloseTo(p.y(6));
    expect(band.x1 - band.x0).toBeCloseTo(p.x(new Date(Date.UTC(2015, 5, 30, 12))) - p.x(new Date(Date.UTC(2015, 0, 1, 12))));
  });

  it('gives a count and its calculated twin halves of the same half-year slot', () => {
    const [, solid, derived] = panel(wide, 'France').marks;
    expect(solid!.x1).toBeLessThan(derived!.x0);
    expect(solid!.x1 - solid!.x0).toBeCloseTo(derived!.x1 - derived!.x0);
    expect(derived!.label.lines).toEqual(['about 17', '(calculated)']);
  });

  it('scales bars from a zero baseline', () => {
    const p = panel(wide, 'Belgium');
    const [b2013, , b2015] = p.marks;
    expect((p.baseline - b2015!.y0) / (p.baseline - b2013!.y0)).toBeCloseTo(56 / 144);
  });

  it('brackets the two ambiguous years of Belgium together', () => {
    const p = panel(wide, 'Belgium');
    expect(p.notes).toHaveLength(1);
    expect(p.notes[0]!.x0).toBeCloseTo(p.marks[3]!.x0);
    expect(p.notes[0]!.x1).toBeCloseTo(p.marks[4]!.x1);
  });

  it('writes Germany’s undated words above the plot, one under the other, not on the time axis', () => {
    for (const L of [wide, narrow]) {
      const p = panel(L, 'Germany');
      const [before, after] = p.marks;
      expect(p.wordsY).toBeDefined();
      expect(before!.label.lines.join(' ')).toBe('From “dozens a month”');
      expect(after!.label.lines.join(' ')).toBe('to “a small handful”');
      expect(before!.x0).toBe(p.left);
      expect(after!.label.y).toBeGreaterThan(before!.label.y);
      // Above every value drawn in the panel.
      const tops = p.marks.filter((m) => m.row.shape === 'total').map((m) => m.y0);
      expect(after!.label.y + L.font * 0.3).toBeLessThan(Math.min(...tops));
    }
  });

  it('draws Germany’s running totals as bars from zero, like every other count, bracketed by the calculated rise', () => {
    const p = panel(wide, 'Germany');
    const totals = p.marks.filter((m) => m.row.shape === 'total');
    expect(totals).toHaveLength(2);
    for (const t of totals) expect(t.y1).toBe(p.baseline);
    const [nov, jun] = totals;
    expect((p.baseline - jun!.y0) / (p.baseline - nov!.y0)).toBeCloseTo(810 / 750);
    const bracket = p.marks.find((m) => m.row.shape === 'bracket')!;
    expect(bracket.y0).toBeLessThan(Math.min(nov!.y0, jun!.y0));
    expect(bracket.label.lines).toEqual(['about 60 more (calculated)']);
  });

  it('scales every panel from zero: no value is drawn without a baseline', () => {
    for (const p of wide.panels) expect(p.y.domain()[0]).toBe(0);
  });

  it('keeps every label inside its panel (estimated widths)', () => {
    for (const L of [wide, narrow])
      for (const p of L.panels)
        for (const m of p.marks) {
          const w = Math.max(...m.label.lines.map((l) => textWidth(l, L.font, true)));
          const left = m.label.anchor === 'start' ? m.label.x : m.label.anchor === 'end' ? m.label.x - w : m.label.x - w / 2;
          expect(left).toBeGreaterThanOrEqual(p.left - 0.5);
          expect(left + w).toBeLessThanOrEqual(p.right + 0.5);
        }
  });

  it('makes every drawn figure explorable and draws calculated values dashed', () => {
    const svg = renderDecline(rows, { layout: 'wide', idPrefix: 't', title: 'T', description: 'D' });
    expect(svg.match(/data-point/g)).toHaveLength(rows.length);
    expect(svg.match(/class="derived/g)).toHaveLength(2);
  });
});

describe('country-by-country chart as published', () => {
  const model = getChart('country-before-after').build(loadDataset(), 'https://example.org');

  it('has one table row per figure drawn, with France’s 18 from the ministry and the 17 calculated', () => {
    expect(model.rows).toHaveLength(15);
    const france = model.rows.filter((r) => r.cells[0] === 'France').map((r) => [r.cells[2], r.cells[3]]);
    expect(france).toEqual([
      ['69', 'Official count'],
      ['18', 'Official count'],
      ['about 17', 'Our calculation'],
    ]);
  });
});
