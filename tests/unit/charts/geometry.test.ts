/**
 * Geometry on the real data, for every registered chart in one loop: every mark inside its
 * plot (from each chart's own layout), and every text's estimated box inside the drawing (from
 * the SVG, whatever drew it). The browser test chart-geometry.spec.ts checks the same boxes as
 * Chromium measures them.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { alHolPopulation } from '../../../src/charts/al-hol-population';
import { layoutAlHol } from '../../../src/charts/al-hol-population-layout';
import { layoutDecline } from '../../../src/charts/country-before-after-layout';
import { countryBeforeAfter } from '../../../src/charts/country-before-after';
import { CANVAS } from '../../../src/charts/frame';
import { textWidth } from '../../../src/charts/labels';
import { layoutMonthlyFlow, monthlyFlow } from '../../../src/charts/monthly-flow';
import { originsMap } from '../../../src/charts/origins-map';
import { layoutMap } from '../../../src/charts/origins-map-layout';
import { CHARTS } from '../../../src/charts/registry';
import { repatriationByCountry } from '../../../src/charts/repatriation-by-country';
import { layoutRepatriation } from '../../../src/charts/repatriation-by-country-layout';
import { runningTotals } from '../../../src/charts/running-totals';
import { layoutTotals } from '../../../src/charts/running-totals-layout';
import { TEXT_WIDTHS } from '../../../src/charts/text-widths';
import { layoutTimeline, timeline } from '../../../src/charts/timeline';
import { turkeyEntryBan } from '../../../src/charts/turkey-entry-ban';
import { layoutTurkey } from '../../../src/charts/turkey-entry-ban-layout';
import type { ChartLayout } from '../../../src/charts/types';
import { layoutPerCapita, westernEuropePerCapita } from '../../../src/charts/western-europe-per-capita';
import { layoutReturns, whoCouldReturn } from '../../../src/charts/who-could-return';
import { loadDataset, type Dataset } from '../../../src/data/dataset';

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
interface Plot {
  name: string;
  box: Box;
  marks: { name: string; box: Box }[];
}

const box = (x0: number, x1: number, y0: number, y1: number): Box => ({
  x0: Math.min(x0, x1),
  x1: Math.max(x0, x1),
  y0: Math.min(y0, y1),
  y1: Math.max(y0, y1),
});
const at = (x: number, y: number) => box(x, x, y, y);

/**
 * Each chart's plots and the marks drawn in them, from its own layout. A chart registered
 * without an entry here fails the first test below.
 */
const PLOTS: Record<string, (data: Dataset, layout: ChartLayout) => Plot[]> = {
  'monthly-flow': (data, layout) => {
    const L = layoutMonthlyFlow(monthlyFlow.rows(data), layout);
    const [x0 = 0, x1 = 0] = L.x.range();
    const [y1 = 0, y0 = 0] = L.y.range();
    return [
      {
        name: 'plot',
        box: box(x0, x1, y0, y1),
        marks: L.marks.map((m) => ({ name: m.row.figure, box: box(m.x0, m.x1, m.y, m.y1) })),
      },
    ];
  },
  'country-before-after': (data, layout) =>
    layoutDecline(countryBeforeAfter.rows(data), layout).panels.map((p) => ({
      name: p.title,
      box: box(p.left, p.right, p.plotTop, p.baseline),
      marks: p.marks.map((m) => ({ name: m.row.figure, box: box(m.x0, m.x1, m.y0, m.y1) })),
    })),
  'turkey-entry-ban': (data, layout) => {
    const L = layoutTurkey(turkeyEntryBan.rows(data), layout);
    const [x0 = 0, x1 = 0] = L.x.range();
    const panel = (name: string, p: typeof L.bans, extra: Plot['marks'] = []): Plot => {
      const [b = 0, t = 0] = p.y.range();
      return {
        name,
        box: box(x0, x1, t, b),
        marks: [...p.points.map((q) => ({ name: q.row.figure, box: at(q.x, q.y) })), ...extra],
      };
    };
    const claims: Plot['marks'] = [
      ...(L.ceiling ? [{ name: 'ceiling', box: box(L.ceiling.x0, L.ceiling.x1, L.ceiling.y, L.ceiling.y) }] : []),
      ...(L.growth ? [{ name: 'growth', box: box(L.growth.x - 6, L.growth.x, L.growth.y0, L.growth.y1) }] : []),
    ];
    // The article's 18-month window is a bracket in the strip above the first plot.
    const strip: Plot = {
      name: 'window strip',
      box: box(x0, x1, 0, L.bans.top),
      marks: L.window ? [{ name: 'window', box: box(L.window.x0, L.window.x1, L.window.y, L.window.y + 8) }] : [],
    };
    return [panel('barred', L.bans, claims), panel('deported', L.deportations), strip];
  },
  'who-could-return': (data, layout) => {
    const L = layoutReturns(whoCouldReturn.rows(data), layout);
    const left = L.x.range()[0] ?? 0;
    return L.panels.map((p) => ({
      name: p.country,
      box: box(left, L.width, p.top, L.height),
      marks: p.bars.map((b) => ({ name: b.row.figure, box: box(b.x0, b.x1, b.y, b.y + b.height) })),
    }));
  },
  'western-europe-per-capita': (data, layout) => {
    const L = layoutPerCapita(westernEuropePerCapita.rows(data), layout);
    const [r0 = 0, r1 = 0] = L.rate.range();
    const rows = box(0, L.width, L.headerY, L.height);
    const plots: Plot[] = [
      {
        name: 'rates',
        box: { ...rows, x0: r0, x1: r1 },
        marks: L.marks.map((m) => ({ name: m.row.country, box: box(r0, m.rateX1, m.y, m.y) })),
      },
    ];
    if (L.total) {
      const [t0 = 0, t1 = 0] = L.total.range();
      plots.push({
        name: 'totals',
        box: { ...rows, x0: t0, x1: t1 },
        marks: L.marks.map((m) => ({ name: m.row.country, box: box(m.totalX0, m.totalX1, m.y, m.y) })),
      });
    }
    return plots;
  },
  'origins-map': (data, layout) => {
    const L = layoutMap(originsMap.rows(data), layout);
    const map = box(0, L.width, 0, L.mapHeight);
    return [
      {
        name: 'map',
        box: map,
        marks: [
          ...L.places.map((p) => ({ name: p.row.key, box: at(p.x, p.y) })),
          ...L.arrows.map((a) => ({ name: a.row.key, box: at(a.x, a.y) })),
          ...L.labels.flatMap((l) => (l.leader ? [{ name: `${l.row.key} leader`, box: at(l.leader.x2, l.leader.y2) }] : [])),
        ],
      },
    ];
  },
  timeline: (data, layout) => {
    const L = layoutTimeline(timeline.rows(data), layout);
    return L.tiers.flatMap((t, tier) => {
      const first = t.segments[0];
      const last = t.segments[t.segments.length - 1];
      const own = L.marks.filter((m) => m.tier === tier);
      return [
        ...t.lanes.map((lane) => ({
          name: `${lane.id}, tier ${tier}`,
          box: box(first?.x0 ?? 0, L.width, lane.top, lane.bottom),
          marks: own.filter((m) => m.row.lane === lane.id).map((m) => ({ name: m.row.id, box: box(m.x0, m.x1, m.y, m.y) })),
        })),
        {
          name: `axis, tier ${tier}`,
          box: box(first?.x0 ?? 0, last?.x1 ?? 0, t.axisY - 14, t.axisY + 14),
          marks: own.filter((m) => m.shape === 'article').map((m) => ({ name: m.row.id, box: at(m.x0, m.y) })),
        },
      ];
    });
  },
  'al-hol-population': (data, layout) => {
    const L = layoutAlHol(alHolPopulation.rows(data), layout);
    return L.panels.map((p) => ({
      name: p.name,
      box: box(L.plotLeft, L.plotRight, p.top, p.baseline),
      marks: p.marks.map((m) => ({ name: m.row.figure, box: box(m.x0, m.x1, m.y, m.y) })),
    }));
  },
  'repatriation-by-country': (data, layout) => {
    const L = layoutRepatriation(repatriationByCountry.rows(data), layout);
    const [left = 0] = L.x.range();
    return [
      {
        name: 'bars',
        box: box(left, L.width, L.scaleY, L.height),
        marks: L.bars.flatMap((b) => [
          { name: b.total.figure, box: box(b.x0, b.x1, b.y, b.y + b.height) },
          ...b.parts.map((p) => ({ name: p.row.figure, box: box(p.x0, p.x1, b.y, b.y + b.height) })),
        ]),
      },
    ];
  },
  'running-totals': (data, layout) => {
    const rows = runningTotals.rows(data);
    const L = layoutTotals(rows, layout, rows[0]?.articleDay);
    return L.panels.map((p) => ({
      name: p.name,
      box: box(L.plotLeft, L.plotRight, p.top, p.baseline),
      marks: [
        ...p.marks.map((m) => ({ name: m.row.figure, box: box(m.x0, m.x1, m.y0, m.y1) })),
        ...(p.name === 'flow' ? L.words.map((w) => ({ name: w.row.figure, box: at(w.x, w.y) })) : []),
      ],
    }));
  },
  // Tiles of HTML on the page; the download is text only, checked with the other texts below.
  'key-figures': () => [],
};

/** Marks outside their plot, as "plot: mark" (half a unit of slack for rounding). */
export function outside(plots: Plot[]): string[] {
  const e = 0.5;
  return plots.flatMap((p) =>
    p.marks
      .filter((m) => m.box.x0 < p.box.x0 - e || m.box.x1 > p.box.x1 + e || m.box.y0 < p.box.y0 - e || m.box.y1 > p.box.y1 + e)
      .map((m) => `${p.name}: ${m.name}`),
  );
}

interface TextBox extends Box {
  text: string;
}

/**
 * Every text's estimated box in a drawing: anchor, lines (tspans), weight (value labels and
 * strong text are bold) and the translations of the groups around it. Ascent and descent are
 * those of the measured font (0.93 and 0.24 em).
 */
function textBoxes(svg: string): { width: number; height: number; boxes: TextBox[] } {
  const { document } = parseHTML(`<div>${svg}</div>`);
  const root: Element | null = document.querySelector('svg');
  const [, , width = 0, height = 0] = (root?.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const rootFont = Number(root?.getAttribute('font-size'));
  const boxes: TextBox[] = [];
  for (const t of document.querySelectorAll('text')) {
    let dx = 0;
    let dy = 0;
    let font = Number(t.getAttribute('font-size')) || 0;
    for (let g: Element | null = t.parentElement; g && g !== root; g = g.parentElement) {
      const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
      if (m) [dx, dy] = [dx + Number(m[1]), dy + Number(m[2])];
      font ||= Number(g.getAttribute('font-size')) || 0;
    }
    font ||= rootFont;
    const bold = /\b(value-label|strong)\b/.test(t.getAttribute('class') ?? '');
    const spans = t.querySelectorAll('tspan');
    const lines = spans.length > 0 ? [...spans].map((s) => s.textContent ?? '') : [t.textContent ?? ''];
    if (!lines.some((l) => l.trim())) continue;
    const w = Math.max(...lines.map((l) => textWidth(l, font, bold)));
    const x = Number(t.getAttribute('x')) + dx;
    const y = Number(t.getAttribute('y')) + dy;
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    const last = y + (lines.length - 1) * font * 1.25;
    boxes.push({ text: lines.join(' / '), x0: left, x1: left + w, y0: y - 0.93 * font, y1: last + 0.24 * font });
  }
  return { width, height, boxes };
}

describe('chart geometry on the real data', () => {
  const data = loadDataset();

  it('knows the plots of every registered chart', () => {
    expect(Object.keys(PLOTS).sort()).toEqual(CHARTS.map((c) => c.id).sort());
  });

  for (const chart of CHARTS) {
    const model = chart.build(data, 'https://example.org');
    for (const layout of ['narrow', 'wide'] as const) {
      it(`${chart.id}, ${layout}: every mark lies inside its plot`, () => {
        const plots = PLOTS[chart.id]?.(data, layout) ?? [];
        if (!model.html) expect(plots.flatMap((p) => p.marks).length).toBeGreaterThan(0);
        expect(outside(plots)).toEqual([]);
      });

      it(`${chart.id}, ${layout}: every text's estimated box lies inside the drawing`, () => {
        const { width, height, boxes } = textBoxes(model.svg[layout]);
        expect(width).toBe(CANVAS[layout].width);
        // The same slack as the browser test: some letters reach a unit or two past their origin.
        const slack = 2;
        const out = boxes.filter((b) => b.x0 < -slack || b.x1 > width + slack || b.y0 < -slack || b.y1 > height + slack);
        expect(
          out.map((b) => b.text),
          JSON.stringify(out),
        ).toEqual([]);
      });

      it(`${chart.id}, ${layout}: every character drawn is in the width table`, () => {
        const chars = new Set(textBoxes(model.svg[layout]).boxes.flatMap((b) => [...b.text.replace(/ \/ /g, ' ')]));
        expect([...chars].filter((c) => TEXT_WIDTHS.regular[c] === undefined)).toEqual([]);
      });
    }
  }
});

describe('the geometry checks can fail', () => {
  it('report a mark outside its plot', () => {
    const plot = {
      name: 'p',
      box: box(0, 100, 0, 100),
      marks: [
        { name: 'in', box: at(50, 50) },
        { name: 'out', box: at(50, 130) },
      ],
    };
    expect(outside([plot])).toEqual(['p: out']);
  });

  it('measure a label wider than the drawing as outside it', () => {
    const svg =
      '<svg viewBox="0 0 100 40" font-size="14"><text x="90" y="20" class="value-label">a long value label</text></svg>';
    const { boxes } = textBoxes(svg);
    expect(boxes[0]!.x1).toBeGreaterThan(100);
  });
});
