/**
 * Decline, chart 1: foreign recruits crossing into Syria each month, as U.S. officials put it
 * at three moments. Only the published points are drawn, never a line between them: nobody
 * published the months in between. A figure that covers a span (the undated peak) is drawn as
 * a span.
 */
import { format, max, scaleLinear, scaleUtc } from 'd3';
import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import { toDate, xYears, yGrid, yTickLabels } from './axis';
import { figureFields, type FigureFields } from './figure-row';
import { placeLabels, textWidth, wrap, type PlacedLabel } from './labels';
import { hit, mark, valueLabel } from './marks';
import { el, label } from './svg';
import { CANVAS, chartFrame } from './frame';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';

/** The figures drawn, in time order. */
export const MONTHLY_FLOW_FIGURES = ['peak-monthly-flow', 'pentagon-monthly-flow-2016-04', 'current-monthly-flow'] as const;

/** A figure of the monthly flow: one number, drawn at its period. */
export interface FlowRow extends FigureFields {
  value: number;
}

export function monthlyFlowRows(data: Dataset): FlowRow[] {
  return MONTHLY_FLOW_FIGURES.map((id) => {
    // figureFields stops the build, naming the figure's entry, unless it has a single value.
    const f = figureFields(data, id, 'monthly-flow', 'value');
    return { ...f, value: f.value ?? 0 };
  });
}

const SIZES = {
  narrow: { ...CANVAS.narrow, height: 300, margin: { top: 96, right: 14, bottom: 30, left: 14 } },
  wide: { ...CANVAS.wide, height: 340, margin: { top: 70, right: 24, bottom: 32, left: 24 } },
} as const;

const count = format(',');
/** Gridlines asked of the value scale. */
const TICKS = 4;
const AXIS_TITLE = 'Recruits a month';

export interface FlowMark {
  row: FlowRow;
  x0: number;
  x1: number;
  x: number;
  y: number;
  /** The figure covers more than one month. */
  span: boolean;
}

export interface FlowLayout {
  width: number;
  height: number;
  font: number;
  baseline: number;
  plotLeft: number;
  plotRight: number;
  marks: FlowMark[];
  labels: PlacedLabel[];
  x: ReturnType<typeof scaleUtc<number>>;
  y: ReturnType<typeof scaleLinear<number>>;
}

/** Scales and positions, separate from drawing so tests can check the numbers. */
export function layoutMonthlyFlow(rows: FlowRow[], layout: ChartLayout): FlowLayout {
  const { width, height, font, margin } = SIZES[layout];
  const first = Math.min(...rows.map((d) => toDate(d.from).getUTCFullYear()));
  const last = Math.max(...rows.map((d) => toDate(d.to, true).getUTCFullYear()));
  const y = scaleLinear()
    .domain([0, max(rows, (d) => d.value) ?? 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  // The tick labels stand above their gridlines at the left edge; the time axis starts after
  // them, so that no mark (the peak's span begins at the first year) runs through a number.
  const ticks = yTickLabels(y, { x0: margin.left, count: TICKS, format: count });
  const gutter = Math.max(...ticks.map((t) => textWidth(t.lines[0] ?? '', font))) + 8;
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([margin.left + gutter, width - margin.right]);
  const marks = rows.map((row) => {
    const x0 = x(toDate(row.from));
    const x1 = x(toDate(row.to, true));
    return { row, x0, x1, x: (x0 + x1) / 2, y: y(row.value), span: row.from !== row.to && x1 - x0 > 8 };
  });
  // Labels right of points in the left half of the plot, left of them in the right half. The
  // second line says who and when, in the period's first words (the table has all of them),
  // wrapped within the room on the label's side.
  const labels = placeLabels(
    marks.map((m) => {
      const start = m.x < width * 0.55;
      const x = start ? m.x - 4 : m.x + 4;
      // Wrapped to stay right of the tick numbers, so a long label need not climb past them.
      const room = start ? width - margin.right - x : x - margin.left - gutter;
      const who = `${m.row.who}, ${m.row.period.split(/ \(|, /)[0] ?? ''}`;
      return { x, y: m.y, anchor: start ? ('start' as const) : ('end' as const), lines: [m.row.text, ...wrap(who, room, font)] };
    }),
    font,
    undefined,
    undefined,
    [...ticks, { x: margin.left, y: font, top: font, lines: [AXIS_TITLE], anchor: 'start' as const }],
  );
  return {
    width,
    height,
    font,
    baseline: height - margin.bottom,
    plotLeft: margin.left,
    plotRight: width - margin.right,
    marks,
    labels,
    x,
    y,
  };
}

function drawMark(m: FlowMark, i: number): string {
  const info = {
    label: `${m.row.text}, ${m.row.period}: ${m.row.who}${m.row.where ? `, published in ${m.row.where}` : ''}.`,
    href: m.row.href,
  };
  const shape = m.span
    ? el(
        'g',
        {},
        el('line', { class: 'span', x1: m.x0, x2: m.x1, y1: m.y, y2: m.y }),
        el('line', { class: 'span-cap', x1: m.x0, x2: m.x0, y1: m.y - 6, y2: m.y + 6 }),
        el('line', { class: 'span-cap', x1: m.x1, x2: m.x1, y1: m.y - 6, y2: m.y + 6 }),
      )
    : el('circle', { class: `dot dot--${i % 2 === 0 ? 'c1' : 'c2'}`, cx: m.x, cy: m.y, r: 5.5 });
  // A wide transparent target makes small marks easy to hover.
  const target = hit((m.span ? m.x0 : m.x - 12) - 2, m.y - 14, (m.span ? m.x1 - m.x0 : 24) + 4, 28);
  return mark(info, shape, target);
}

export function renderMonthlyFlow(rows: FlowRow[], options: RenderOptions): string {
  const L = layoutMonthlyFlow(rows, options.layout);
  const body = [
    yGrid(L.y, { x0: L.plotLeft, x1: L.plotRight, count: TICKS, format: count }),
    xYears(L.x, { y: L.baseline, count: 5 }),
    el('line', { class: 'baseline', x1: L.plotLeft, x2: L.plotRight, y1: L.baseline, y2: L.baseline }),
    label(L.plotLeft, L.font, AXIS_TITLE, { class: 'axis-title', 'aria-hidden': 'true' }),
    el('g', { class: 'labels' }, ...L.labels.map((l) => valueLabel(l, L.font))),
    el('g', { class: 'marks' }, ...L.marks.map(drawMark)),
  ];
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body: body.join('') });
}

export const monthlyFlow: ChartSpec<FlowRow> = {
  id: 'monthly-flow',
  rows: monthlyFlowRows,
  columns: [
    { label: 'Period', value: (d) => d.period },
    { label: 'Recruits a month', value: (d) => d.text },
    { label: 'Value', value: (d) => d.value, numeric: true },
    { label: 'Asserted by', value: (d) => d.who },
    { label: 'Published in', value: (d) => d.where },
    { label: 'From', value: (d) => formatDate(d.from) },
    { label: 'To', value: (d) => formatDate(d.to) },
  ],
  figureOf: (d) => d.figure,
  render: renderMonthlyFlow,
};
