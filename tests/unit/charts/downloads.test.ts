/**
 * Every chart's downloads stand alone: the SVG carries its title, takeaway, source line, notes
 * and licence; the PNG is that SVG drawn by resvg at twice its size, with real text; the CSV
 * has numbers in number columns beside the hedged words, and names its units.
 */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { PNG_SCALE, svgToPng } from '../../../src/charts/png';
import { CHARTS } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { SITE } from '../../../src/site';

const data = loadDataset();
const unescape = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<');
/** All text drawn in an SVG, tspans joined. */
const drawnText = (svg: string) =>
  unescape(
    [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
      .map((m) => (m[1] ?? '').replace(/<tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
      .join(' ')
      .replace(/\s+/g, ' '),
  );

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('chart downloads', () => {
  for (const chart of CHARTS) {
    const model = chart.build(data, 'https://example.org');
    describe(chart.id, () => {
      it('the SVG file stands alone: title, takeaway, source, notes, licence and address inside it', () => {
        const text = drawnText(model.file);
        const words = (s: string) => s.split(/\s+/).slice(0, 6).join(' ');
        expect(text).toContain(model.text.title.split(' ').slice(0, 4).join(' '));
        expect(text).toContain(words(model.text.takeaway));
        expect(text).toContain('Source:');
        for (const note of model.text.notes) expect(text).toContain(words(note));
        expect(text).toContain(SITE.licence.short);
        expect(text).toContain(`https://example.org/`);
        expect(model.file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      });

      it('the PNG decodes to twice the SVG’s size, with its text drawn', () => {
        const png = svgToPng(model.file);
        expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const [, , w = 0, h = 0] = (/viewBox="([^"]+)"/.exec(model.file)?.[1] ?? '').split(' ').map(Number);
        const size = pngSize(png);
        expect(size.width).toBe(Math.round(w * PNG_SCALE));
        expect(Math.abs(size.height - h * PNG_SCALE)).toBeLessThanOrEqual(1);
        // With no font the text would be missing; with it the file is far larger than a blank.
        const blank = svgToPng(model.file.replace(/<text[\s\S]*?<\/text>/g, ''));
        expect(png.length).toBeGreaterThan(blank.length * 1.2);
      });

      it('the CSV has numeric value, low and high columns, and names its units', () => {
        const rows = csvParse(model.csv);
        const head = rows.columns;
        const value = head.find((c) => c.startsWith('Value'));
        expect(value).toBeDefined();
        expect(head.some((c) => c.startsWith('Low'))).toBe(true);
        expect(head.some((c) => c.startsWith('High'))).toBe(true);
        expect(head).toContain('Unit');
        for (const r of rows) {
          for (const c of head.filter((h) => /^(Value|Low|High)/.test(h)))
            if (r[c]) expect(Number.isFinite(Number(r[c])), `${c}: ${r[c]}`).toBe(true);
          if (r[value ?? ''] || r[head.find((c) => c.startsWith('Low')) ?? '']) expect(r['Unit']).not.toBe('');
        }
      });
    });
  }

  it('a chart with one unit names it in the header', () => {
    const rows = csvParse(CHARTS.find((c) => c.id === 'who-could-return')!.build(data).csv);
    expect(rows.columns).toContain('Value (people)');
    const flow = csvParse(CHARTS.find((c) => c.id === 'monthly-flow')!.build(data).csv);
    const current = flow.find((r) => r['Figure id'] === 'current-monthly-flow');
    expect(current).toMatchObject({ Value: '50', Hedge: 'as few as', Unit: 'people a month' });
  });
});
