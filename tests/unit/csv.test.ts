import { csvParseRows } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import { CHARTS } from '../../src/charts/registry';
import { spreadsheetSafe, toCsv } from '../../src/data/csv';
import { loadDataset, type Dataset } from '../../src/data/dataset';

// Building every chart takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('spreadsheetSafe', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const cell of ['=HYPERLINK("http://x.example","x")', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '-', '='])
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it('leaves numbers, including signed ones, and ordinary text alone', () => {
    for (const cell of ['-5', '+3.2', '-0.5', '1e3', '2,000', 'as few as 50', '', 'Soufan Group'])
      expect(spreadsheetSafe(cell)).toBe(cell);
    expect(spreadsheetSafe(-5)).toBe('-5');
  });

  it('keeps CSV quoting for commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "x"', '=1+1']])).toBe(`"a,b","say ""x""",'=1+1`);
  });
});

/** The real dataset with every text field a chart might put in a cell made hostile. */
function hostileDataset(): Dataset {
  const data = loadDataset();
  for (const f of data.figures.values()) {
    f.label = `=HYPERLINK("http://evil.example","${f.label}")`;
    f.period.label = `+${f.period.label}`;
    if (f.text !== undefined) f.text = `@${f.text}`;
  }
  for (const p of data.parties.values()) p.name = `-${p.name}`;
  for (const s of data.sources.values()) [s.title, s.publisher] = [`=${s.title}`, `@${s.publisher}`];
  for (const c of data.countries.values()) c.name = `\t${c.name}`;
  for (const e of data.events.values()) e.title = `\r${e.title}`;
  return data;
}

describe('every chart download is safe to open in a spreadsheet', () => {
  const data = hostileDataset();
  for (const chart of CHARTS) {
    it(`${chart.id}.csv: no cell starts a formula`, () => {
      const cells = csvParseRows(chart.build(data).csv).flat();
      const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?[\d.]+$/.test(c));
      expect(risky).toEqual([]);
      // The hostile text did reach this chart's table, and was neutralised there.
      expect(cells.some((c) => /^'[=+\-@\t\r]/.test(c))).toBe(true);
    });
  }
});
