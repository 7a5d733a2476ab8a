import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MapRow } from '../../../src/charts/origins-map';
import { classLabels, layoutMap, mapFor, shadeClass } from '../../../src/charts/origins-map-layout';
import { simplifyLine } from '../../../src/charts/geo';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { fields } from './fixtures';

const country = (key: string, iso: string, value: number, shown: MapRow['shown'], confidence = 'high'): MapRow => ({
  label: { country: key, wide: { at: [10, 40], to: [11, 41] }, narrow: { at: [10, 40] } },
  kind: 'country',
  key,
  name: key,
  fields: fields({ value, short: String(value) }),
  text: String(value),
  shown,
  confidence,
  who: 'The Soufan Group',
  date: '7 Dec 2015',
  iso,
  section: undefined,
});

describe('map shapes', () => {
  it('simplifies a line but keeps both ends and the corners that matter', () => {
    const line: [number, number][] = [
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10, 10],
    ];
    expect(simplifyLine(line, 1)).toEqual([0, 2, 3]);
  });

  it('keeps an island drawn as one closed arc', () => {
    const ring: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyLine(ring, 1).length).toBeGreaterThanOrEqual(4);
  });

  it('writes whole-number relative paths, and gives Crimea to Ukraine', () => {
    const { shapes, projection } = mapFor('narrow');
    expect(shapes.land).toMatch(/^M\d+ \d+l/);
    expect(shapes.land).not.toMatch(/\d\.\d/);
    // Simferopol, in Crimea: inside Ukraine's drawn outline box, outside Russia's south-western edge.
    const [sx = 0, sy = 0] = projection([34.1, 44.95]) ?? [];
    const box = (d: string) => {
      let x = 0;
      let y = 0;
      const xs: number[] = [];
      const ys: number[] = [];
      for (const m of d.matchAll(/([Ml])([-\d ]+)/g)) {
        const nums = (m[2]?.match(/-?\d+/g) ?? []).map(Number);
        for (let i = 0; i < nums.length; i += 2) {
          if (m[1] === 'M' && i === 0) [x, y] = [nums[0] ?? 0, nums[1] ?? 0];
          else [x, y] = [x + (nums[i] ?? 0), y + (nums[i + 1] ?? 0)];
          xs.push(x);
          ys.push(y);
        }
      }
      return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    };
    const ukraine = box(shapes.country('804'));
    expect(sx).toBeGreaterThanOrEqual(ukraine.minX);
    expect(sy).toBeLessThanOrEqual(ukraine.maxY);
    expect(sy).toBeGreaterThanOrEqual(ukraine.minY);
  });
});

describe('map layout', () => {
  const rows: MapRow[] = [
    country('tunisia', '788', 6000, 'shaded'),
    country('belgium', '056', 470, 'shaded'),
    country('egypt', '818', 600, 'hatched', 'low'),
    country('indonesia', '360', 700, 'listed', 'low'),
  ];

  it('shades in four classes, and names them from their bounds', () => {
    expect([300, 999, 1000, 2400, 2999, 6000].map((v) => shadeClass(v))).toEqual([1, 1, 2, 3, 3, 4]);
    expect(classLabels()).toEqual(['under 1,000', '1,000–1,999', '2,000–2,999', '3,000 or more']);
    expect(classLabels([50, 500])).toEqual(['under 50', '50–499', '500 or more']);
  });

  it('labels what is on the map and lists what is not', () => {
    const L = layoutMap(rows, 'wide');
    expect(L.labels.map((l) => l.row.key)).toEqual(['tunisia', 'belgium', 'egypt']);
    expect(L.legend.listLines.join(' ')).toBe('Not on this map: indonesia 700 (one source)');
  });

  it('says "one source" beside a weak figure, and joins off-country labels to their country', () => {
    const L = layoutMap(rows, 'wide');
    expect(L.labels.find((l) => l.row.key === 'egypt')?.lines).toEqual(['egypt', '600, one source']);
    expect(L.labels.find((l) => l.row.key === 'belgium')?.leader).toBeDefined();
  });

  it('keeps every label inside the drawing', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const L = layoutMap(rows, layout);
      for (const l of L.labels) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.x).toBeLessThanOrEqual(L.width);
        expect(l.y).toBeLessThan(L.mapHeight);
      }
    }
  });
});

describe('origins map as published', () => {
  const model = getChart('origins-map').build(loadDataset(), 'https://example.org');
  /** The table's "On the map" cell, without the confidence it adds after a semicolon. */
  const onMap = (r: { cells: string[] } | undefined) => r?.cells[2]?.split(';')[0];

  it('stays within its budget: both drawings together under 20 KB gzipped', () => {
    const bytes = gzipSync(model.svg.narrow + model.svg.wide).length;
    expect(bytes).toBeLessThan(20 * 1024);
  });

  it('shades only well-sourced figures and lists Indonesia beside the map', () => {
    const shown = Object.fromEntries(
      model.rows.filter((r) => !r.cells[1]?.includes('per million')).map((r) => [String(r.cells[0]), onMap(r)] as const),
    );
    expect(shown['Tunisia']).toBe('Shaded');
    expect(shown['Egypt']).toBe('Hatched, not shaded');
    expect(shown['Indonesia']).toBe('Listed below the map');
    expect(model.rows.filter((r) => onMap(r) === 'Arrow (schematic)')).toHaveLength(3);
  });

  it("folds confidence and date into the page table's cells; the CSV keeps them apart", () => {
    expect(model.columns.map((c) => c.label)).toEqual(['Country, place or move', 'Figure or event', 'On the map', 'Stated by']);
    const tunisia = model.rows.find((r) => r.cells[0] === 'Tunisia');
    expect(tunisia?.cells[2]).toBe('Shaded; confidence high');
    expect(tunisia?.cells[3]).toBe('The Soufan Group, 7 December 2015');
    expect(model.csv.split('\n')[0]).toMatch(/^"Country, place or move",Figure or event,Confidence,On the map,Stated by,Date,/);
  });

  it('links places and moves to the sections that explain them', () => {
    const links = model.rows.filter((r) => r.link?.text === 'Section').map((r) => r.link?.href);
    expect(links).toEqual([
      '/regional-shifts/#sirte',
      '/regional-shifts/#ben-guerdane',
      '/regional-shifts/#leaving-libya',
      '/regional-shifts/#leaving-libya',
      '/regional-shifts/#ben-guerdane',
    ]);
  });

  it('shades by rate per million in a second view, where a source gives one, weak rates hatched over', () => {
    const rates = model.rows.filter((r) => r.cells[1]?.includes('per million'));
    const names = rates.map((r) => r.cells[0]);
    expect(names).toContain('Belgium');
    expect(names).toContain('Tunisia');
    expect(onMap(rates.find((r) => r.cells[0] === 'Tunisia'))).toBe('Shaded and hatched, per million view');
    expect(onMap(rates.find((r) => r.cells[0] === 'Belgium'))).toBe('Shaded, per million view');
    // No rate is drawn for a country the sources give none for.
    expect(names).not.toContain('Russia');
    expect(model.views.map((v) => v.id)).toEqual(['count', 'rate']);
    for (const svg of [model.svg.narrow, model.svg.wide]) {
      expect(svg).toContain('class="chart-view-1"');
      expect(svg).toContain('class="chart-view-2"');
    }
    // A download is one picture: the default view only.
    expect(model.file).toContain('class="chart-view-1"');
    expect(model.file).not.toContain('class="chart-view-2"');
  });

  it('outlines Syria and Iraq, where the fighters went, and names them where there is room', () => {
    const where = model.rows.filter((r) => onMap(r) === 'Outlined').map((r) => r.cells[0]);
    expect(where).toEqual(['Syria', 'Iraq']);
    expect(model.svg.wide.match(/class="destination"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(model.svg.wide).toMatch(/>Syria<\/text>/);
    expect(model.svg.wide).toMatch(/>Iraq<\/text>/);
  });
});
