/**
 * The layout of the al-Hol chart (al-hol-population.ts): two panels on one time axis over the
 * years the counts cover, everyone in the camp above and the foreigners below, each with a scale
 * of its own from zero to its highest count. Each count stands at its date (a count for a whole
 * year as a span over that year); consecutive counts of a panel are joined by a dotted line;
 * value labels name the count's source and sit beside their points where there is room.
 */
import { midDate, toDate } from './axis';
import { CANVAS } from './frame';
import { placeAround, type Box, type Spot, type SpotLabel } from './label-spots';
import { textWidth, wrap } from './labels';
import { layoutLegend, type LegendCell, type LegendItem } from './legend';
import { stackPanels, type PanelFrame, type StackedLayout } from './stacked-panels';
import type { AlHolRole, AlHolRow } from './al-hol-population';
import type { ChartLayout } from './types';

/**
 * Panel heights. The narrow drawing writes its scales in thousands, to keep the gutter for the
 * tick numbers narrow.
 */
const SIZES = {
  narrow: { ...CANVAS.narrow, totals: 300, foreigners: 110, unit: 1000, legendColumns: 1 },
  wide: { ...CANVAS.wide, totals: 360, foreigners: 120, unit: 1, legendColumns: 2 },
} as const;

/** Gridlines asked of each panel's scale. */
const TICKS = { totals: 4, foreigners: 2 };

export type AlHolShape = 'dot' | 'square' | 'span' | 'sum';
export type PanelName = 'totals' | 'foreigners';

export interface AlHolMark {
  row: AlHolRow;
  /** The count's date: its day or month's middle; a whole year's count runs x0…x1. */
  x: number;
  x0: number;
  x1: number;
  y: number;
  shape: AlHolShape;
}

/** A source's name at the foot of a panel, and the dates of the counts it made. */
export interface SourceName {
  x: number;
  y: number;
  width: number;
  text: string;
  ticks: number[];
}

export interface AlHolPanel extends PanelFrame<PanelName> {
  marks: AlHolMark[];
  /** Dotted joins between consecutive counts: nothing was published between them. */
  joins: { x1: number; y1: number; x2: number; y2: number }[];
  /** Who made the counts, along the foot of the plot. */
  sources: SourceName[];
}

export interface AlHolLayout extends StackedLayout<AlHolPanel> {
  /** The stated total and the sum of its parts, joined by a bracket. */
  disagreement: { x: number; y0: number; y1: number } | undefined;
  labels: SpotLabel<{ row: AlHolRow; lines: string[] }>[];
  legend: LegendCell<LegendItem & { shape: AlHolShape | 'join' }>[];
}

const SHAPES: Record<AlHolRole, AlHolShape> = { total: 'dot', foreigners: 'square', 'parts-sum': 'sum' };
const PANEL_OF: Record<AlHolRole, PanelName> = { total: 'totals', 'parts-sum': 'totals', foreigners: 'foreigners' };

/** A count known only for a whole year (the camp's 2024 figure) is a span; others are points. */
export const isSpan = (row: AlHolRow) => toDate(row.to, true).getTime() - toDate(row.from).getTime() > 40 * 864e5;

/** The words of a count's label: its value, the hedge on a line of its own when narrow. */
export function labelLines(row: AlHolRow, layout: ChartLayout): string[] {
  const m = /^(.*\D) (\d[\d,.]*)$/.exec(row.short);
  return m && layout === 'narrow' ? [m[1] ?? '', m[2] ?? ''] : [row.short];
}

/**
 * Who made the counts, along the foot of a panel: one name under each count, or under a run of
 * consecutive counts by the same source, moved sideways only as far as needed to keep the
 * names apart; a tick on the baseline marks each count's date.
 */
export function sourceRow(marks: AlHolMark[], options: { font: number; y: number; left: number; right: number }): SourceName[] {
  const { font, y, left, right } = options;
  const ordered = marks.filter((m) => m.row.role !== 'parts-sum').sort((a, b) => a.x - b.x);
  const runs: { text: string; ticks: number[] }[] = [];
  for (const m of ordered) {
    const last = runs[runs.length - 1];
    if (last?.text === m.row.tag) last.ticks.push(m.x);
    else runs.push({ text: m.row.tag, ticks: [m.x] });
  }
  const gap = 12;
  const items = runs.map((run) => {
    const width = textWidth(run.text, font);
    const centre = run.ticks.reduce((a, b) => a + b, 0) / run.ticks.length;
    return { ...run, width, left: centre - width / 2, row: 0 };
  });
  // One row if the names fit in it, else every other name a line higher.
  const needed = items.reduce((sum, it) => sum + it.width + gap, -gap);
  if (needed > right - left) items.forEach((it, i) => (it.row = i % 2));
  for (const row of [0, 1]) {
    const own = items.filter((it) => it.row === row);
    // Left to right, each name clear of the one before; then back from the right edge.
    own.forEach((it, i) => {
      const prev = own[i - 1];
      it.left = Math.max(it.left, prev ? prev.left + prev.width + gap : left);
    });
    for (let i = own.length - 1; i >= 0; i--) {
      const it = own[i] as (typeof own)[number];
      const next = own[i + 1];
      it.left = Math.min(it.left, next ? next.left - gap - it.width : right - it.width);
    }
  }
  return items.map((it) => ({
    x: it.left + it.width / 2,
    y: y - it.row * font * 1.2,
    width: it.width,
    text: it.text,
    ticks: it.ticks,
  }));
}

export function layoutAlHol(rows: AlHolRow[], layout: ChartLayout): AlHolLayout {
  const { width, font, unit, legendColumns } = SIZES[layout];
  const lh = font * 1.25;
  const thousands = unit === 1000 ? ', thousands' : '';
  const titles: Record<PanelName, string[]> = {
    totals: ['Everyone in the camp', ...wrap(`dated counts${thousands}; sources along the foot`, width, font)],
    foreigners: ['Foreigners, neither Syrian nor Iraqi', ...wrap(`on a scale of their own${thousands}`, width, font)],
  };
  const own: Record<PanelName, AlHolRow[]> = {
    totals: rows.filter((d) => PANEL_OF[d.role] === 'totals'),
    foreigners: rows.filter((d) => PANEL_OF[d.role] === 'foreigners'),
  };
  const { frames, ...time } = stackPanels(
    (['totals', 'foreigners'] as const).map((name) => ({
      name,
      title: titles[name],
      strong: 1,
      height: SIZES[layout][name],
      highest: Math.max(...own[name].map((d) => d.value)),
      ticks: TICKS[name],
      unit,
    })),
    // The time axis runs over the whole years the counts cover.
    { font, width, dates: rows.flatMap((d) => [toDate(d.from), toDate(d.to, true)]) },
  );
  const { plotLeft, plotRight, x } = time;
  const panels: AlHolPanel[] = frames.map((f) => {
    const marks: AlHolMark[] = own[f.name].map((row) => {
      const span = isSpan(row);
      const x0 = x(toDate(row.from));
      const x1 = x(toDate(row.to, true));
      const at = span ? (x0 + x1) / 2 : x(midDate(row.from));
      const shape = span ? 'span' : SHAPES[row.role];
      return { row, x: at, x0: span ? x0 : at, x1: span ? x1 : at, y: f.y(row.value), shape };
    });
    const series = marks.filter((m) => m.row.role !== 'parts-sum').sort((a, b) => a.x - b.x);
    const joins = series.slice(1).map((m, i) => {
      const prev = series[i] as AlHolMark;
      return { x1: prev.x1, y1: prev.y, x2: m.x0, y2: m.y };
    });
    const sources = sourceRow(marks, { font, y: f.baseline - 6, left: plotLeft + 4, right: plotRight });
    return { ...f, marks, joins, sources };
  });
  const marks = panels.flatMap((p) => p.marks);
  const sum = marks.find((m) => m.row.role === 'parts-sum');
  const stated = sum && marks.find((m) => m.row.role === 'total' && m.row.from === sum.row.from);
  // Labels, each beside its point where there is room, latest first: the counts crowd towards
  // the end. The sum of parts is written in the label of the total it disagrees with.
  const markBoxes: Box[] = marks.map((m) => ({ left: m.x0 - 6, right: m.x1 + 6, top: m.y - 6, bottom: m.y + 6 }));
  const labels = panels.flatMap((p) => {
    const requests = p.marks
      .filter((m) => m.row.role !== 'parts-sum')
      .sort((a, b) => b.x - a.x)
      .map((m) => {
        const disputed = m === stated && sum !== undefined;
        const lines = labelLines(m.row, layout);
        if (disputed) {
          const parts = `parts: ${sum.row.short}`;
          if (layout === 'wide') lines.splice(0, 1, `${lines[0] ?? ''} (${parts})`);
          else lines.push(parts);
        }
        const spots: Spot[] = disputed ? ['left', 'below', 'above', 'right'] : ['above', 'right', 'below', 'left'];
        return { px: m.x, py: m.y, lines, spots, row: m.row };
      });
    return placeAround(requests, {
      font,
      marks: [
        ...markBoxes,
        ...p.sources.map((s) => ({ left: s.x - s.width / 2, right: s.x + s.width / 2, top: s.y - font, bottom: p.baseline })),
      ],
      bounds: { left: plotLeft, right: width, top: p.top, bottom: p.baseline - 2 },
    });
  });
  const last = panels[panels.length - 1] as AlHolPanel;
  const legendTop = last.baseline + font + 4 + lh + 10 + font;
  const legend = layoutLegend(
    [
      { swatch: '', words: 'a count for the whole year', shape: 'span' as const },
      { swatch: '', words: "Rudaw's parts added (calculated)", shape: 'sum' as const },
      { swatch: '', words: 'joins counts; none published between', shape: 'join' as const },
    ],
    { columns: legendColumns, width, font, top: legendTop, lineHeight: lh },
  );
  return {
    width,
    height: legend.bottom - font + 4,
    font,
    ...time,
    panels,
    disagreement: sum && stated ? { x: sum.x, y0: sum.y + 5, y1: stated.y - 5 } : undefined,
    labels,
    legend: legend.cells,
  };
}
