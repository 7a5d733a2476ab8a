/**
 * The layout of the running-totals chart (running-totals.ts): two panels on one time axis. Above,
 * the successive estimates of how many foreigners had gone, each at the date it counted to, a
 * range as a range; below, the monthly inflow as U.S. officials put it and the words later
 * sources used for it. Scales from zero to each panel's highest value; value labels beside their
 * points where there is room.
 */
import { midDate, toDate } from './axis';
import { CANVAS } from './frame';
import { placeAround, type Box, type Spot, type SpotLabel } from './label-spots';
import { wrap } from './labels';
import { layoutLegend, type LegendCell, type LegendItem } from './legend';
import type { TotalsRow, SourceKey } from './running-totals';
import { stackPanels, type PanelFrame, type StackedLayout } from './stacked-panels';
import type { ChartLayout } from './types';

/** Panel heights. The narrow drawing writes the totals in thousands, to keep the gutter narrow. */
const SIZES = {
  narrow: { ...CANVAS.narrow, totals: 320, flow: 160, unit: 1000, legendColumns: 2 },
  wide: { ...CANVAS.wide, totals: 280, flow: 120, unit: 1, legendColumns: 5 },
} as const;

/** Gridlines asked of each panel's scale. */
const TICKS = { totals: 3, flow: 2 };

export interface TotalsMark {
  row: TotalsRow;
  x: number;
  /** A span (the undated peak) runs x0…x1; a range runs y0…y1 (low to high). */
  x0: number;
  x1: number;
  y: number;
  y0: number;
  y1: number;
}

export interface TotalsPanel extends PanelFrame<'totals' | 'flow'> {
  marks: TotalsMark[];
}

export interface TotalsLayout extends StackedLayout<TotalsPanel> {
  /** Words for the flow where sources gave no number: a tick at their date, up to y (labelled with the others). */
  words: { row: TotalsRow; x: number; y: number }[];
  labels: SpotLabel<{ row: TotalsRow; lines: string[] }>[];
  /** The article's day: a marker line through both panels, and its label. */
  article: { x: number; label: string } | undefined;
  legend: LegendCell<LegendItem & { key: SourceKey | 'range' }>[];
}

/** Where a row is drawn in time: the month or day its count runs to (its period's end). */
const at = (row: TotalsRow) => midDate(row.to);

/**
 * A value label's words: the value, its hedge on a line of its own when narrow (who made it is
 * the marker's shape); for the flow's words, the words and who used them.
 */
export function labelLines(row: TotalsRow, layout: ChartLayout, room: number, font: number): string[] {
  if (row.value === undefined && row.low === undefined) return wrap(`${row.short} (${row.tag})`, room, font, true);
  const m = /^(.*\D) (\d[\d,.]*(?: to [\d,.]+)?)$/.exec(row.short);
  return m && layout === 'narrow' ? [m[1] ?? '', m[2] ?? ''] : [row.short];
}

export function layoutTotals(rows: TotalsRow[], layout: ChartLayout, articleDay?: string): TotalsLayout {
  const { width, font, unit, legendColumns } = SIZES[layout];
  const lh = font * 1.25;
  const totals = rows.filter((d) => d.role === 'total');
  const flow = rows.filter((d) => d.role === 'flow');
  const numbers = flow.filter((d) => d.value !== undefined);
  const thousands = unit === 1000 ? ', thousands' : '';
  // Each panel's title: its first line (bold) names what is counted; the rest says how.
  const titles = {
    totals: [
      ...wrap('Foreigners who had gone, running totals', width, font, true),
      ...wrap(`each at the date it counted to${thousands}`, width, font),
    ],
    flow: ['Arriving each month', ...wrap('U.S. estimates, and later words for the flow', width, font)],
  };
  const strong = { totals: wrap('Foreigners who had gone, running totals', width, font, true).length, flow: 1 };
  const own = { totals, flow: numbers };
  const { frames, ...time } = stackPanels(
    (['totals', 'flow'] as const).map((name) => ({
      name,
      title: titles[name],
      strong: strong[name],
      height: SIZES[layout][name],
      highest: Math.max(...own[name].map((d) => d.high ?? d.value ?? 0)),
      ticks: TICKS[name],
      unit: name === 'totals' ? unit : 1,
    })),
    // The time axis runs over the whole years the rows cover, spans and words included.
    { font, width, dates: rows.flatMap((d) => [toDate(d.from), toDate(d.to, true)]) },
  );
  const { plotLeft, x } = time;
  const panels: TotalsPanel[] = frames.map((f) => ({
    ...f,
    marks: own[f.name].map((row) => {
      // A flow figure over more than a few months (the undated peak) is a span.
      const x0 = x(toDate(row.from));
      const x1 = x(toDate(row.to, true));
      const span = row.role === 'flow' && x1 - x0 > 20;
      const px = span ? (x0 + x1) / 2 : x(at(row));
      const y0 = f.y(row.low ?? row.value ?? 0);
      const y1 = f.y(row.high ?? row.value ?? 0);
      return { row, x: px, x0: span ? x0 : px, x1: span ? x1 : px, y: (y0 + y1) / 2, y0, y1 };
    }),
  }));
  const flowPanel = panels[1] as TotalsPanel;
  // The words sources used once there was no number to give: a tick up from the baseline at
  // their date, the words beside it.
  const words = flow.filter((d) => d.value === undefined).map((row) => ({ row, x: x(at(row)), y: flowPanel.baseline - 16 }));
  const markBoxes: Box[] = panels.flatMap((p) =>
    p.marks.map((m) => ({ left: m.x0 - 6, right: m.x1 + 6, top: Math.min(m.y0, m.y1) - 6, bottom: Math.max(m.y0, m.y1) + 6 })),
  );
  const tickBoxes: Box[] = words.map((w) => ({ left: w.x - 2, right: w.x + 2, top: w.y, bottom: flowPanel.baseline }));
  const labels = panels.flatMap((p) => {
    const points = [...p.marks].sort((a, b) => b.x - a.x).map((m) => ({ px: m.x, py: m.y, row: m.row }));
    const said =
      p.name === 'flow' ? words.map((w) => ({ px: w.x, py: w.y, row: w.row, spots: ['above', 'left', 'right'] as Spot[] })) : [];
    return placeAround(
      [...points, ...said].map((q) => ({ ...q, lines: labelLines(q.row, layout, layout === 'wide' ? 200 : 130, font) })),
      {
        font,
        marks: [...markBoxes, ...tickBoxes],
        bounds: { left: plotLeft, right: width, top: p.top, bottom: p.baseline - 2 },
      },
    );
  });
  const last = panels[panels.length - 1] as TotalsPanel;
  const legend = layoutLegend(
    [
      { swatch: '', words: 'Soufan', key: 'soufan' as const },
      { swatch: '', words: 'ICSR', key: 'icsr' as const },
      { swatch: '', words: 'U.S. government', key: 'us' as const },
      { swatch: '', words: 'UN', key: 'un' as const },
      { swatch: '', words: 'a range', key: 'range' as const },
    ],
    { columns: legendColumns, width, font, top: last.baseline + font + 4 + lh + 10 + font, lineHeight: lh },
  );
  return {
    width,
    height: legend.bottom - font + 4,
    font,
    ...time,
    panels,
    words,
    labels,
    article: articleDay ? { x: x(toDate(articleDay)), label: layout === 'wide' ? 'the article' : 'article' } : undefined,
    legend: legend.cells,
  };
}
