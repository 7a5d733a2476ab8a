/**
 * Decline, chart 1: foreign recruits crossing into Syria each month, as U.S. officials put it.
 * The story is the fall, so its two ends are the largest words in the drawing, each attached to
 * its mark, with the fall as a share (our calculation) under the latest value. Only published
 * figures are drawn, never a line between them: nobody published the months in between. A
 * figure that covers a span (the undated peak, late summer 2016) is drawn as a span. April 2016
 * has two official figures that disagree: the Pentagon's, a point, and the coalition
 * spokesman's ceiling, a hatched range from that point up to it.
 */
import { format, scaleLinear } from 'd3';
import type { Dataset } from '../data/dataset';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { toDate, xYears, yGrid, yTickLabels } from './axis';
import { textWidth, wrap } from './labels';
import { hatchDef, hit, mark } from './marks';
import { el, label } from './svg';
import { CANVAS, chartFrame } from './frame';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';
import { yearScale, type YearScale } from './year-ticks';

/**
 * What each figure is in the story: the peak and the latest value are the ends of the fall;
 * April 2016's two official figures are a point (the Pentagon's) and a ceiling (the
 * coalition's) for the same month; the fall between the ends is our calculation.
 */
export type FlowRole = 'peak' | 'disputed' | 'ceiling' | 'latest' | 'fall';

export const MONTHLY_FLOW_FIGURES: { id: string; role: FlowRole; words: string }[] = [
  { id: 'peak-monthly-flow', role: 'peak', words: 'At the peak' },
  { id: 'pentagon-monthly-flow-2016-04', role: 'disputed', words: 'April 2016, the Pentagon' },
  { id: 'warren-monthly-flow-2016-04', role: 'ceiling', words: 'April 2016, the coalition (a ceiling)' },
  { id: 'current-monthly-flow', role: 'latest', words: 'Late summer 2016' },
  { id: 'global-monthly-flow-drop', role: 'fall', words: 'Fall from the peak to late summer 2016' },
];

export interface FlowRow extends FigureFields {
  role: FlowRole;
  words: string;
}

export function monthlyFlowRows(data: Dataset): FlowRow[] {
  // figureFields stops the build, naming the figure's entry, unless each has a single value.
  return MONTHLY_FLOW_FIGURES.map((f) => ({
    ...figureFields(data, f.id, 'monthly-flow', 'value'),
    role: f.role,
    words: f.words,
  }));
}

const SIZES = {
  narrow: { ...CANVAS.narrow, height: 410, margin: { top: 28, right: 8, bottom: 30, left: 12 } },
  wide: { ...CANVAS.wide, height: 390, margin: { top: 28, right: 20, bottom: 32, left: 20 } },
} as const;

/** The end values are written this many times the drawing's font size. */
export const BIG = 1.75;

const count = format(',');
/** Gridlines asked of the value scale. */
const TICKS = 4;
const AXIS_TITLE = 'Recruits a month';

/** A label: its lines, each with its own size and weight, the first baseline and the anchor. */
export interface FlowLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  lines: { text: string; size: number; bold: boolean; muted?: boolean }[];
}

export interface FlowMark {
  row: FlowRow;
  x0: number;
  x1: number;
  /** The value's height; for the ceiling, y1 is the point it rises from. */
  y: number;
  y1: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  font: number;
  baseline: number;
  plotLeft: number;
  plotRight: number;
  marks: FlowMark[];
  /** The fall, written under the latest value: where its words are, for its hit area. */
  fall: { row: FlowRow; box: { x0: number; x1: number; y0: number; y1: number } } | undefined;
  labels: FlowLabel[];
  /** A dashed leader from the latest value's label down to its mark. */
  leader: { x: number; y0: number; y1: number } | undefined;
  x: YearScale;
  y: ReturnType<typeof scaleLinear<number>>;
}

/** Height of a label's lines: each line its own size, 1.25 apart. */
const linesHeight = (lines: FlowLabel['lines']) => lines.reduce((h, l) => h + l.size * 1.25, 0);

/** Scales and positions, separate from drawing so tests can check the numbers. */
export function layoutMonthlyFlow(rows: FlowRow[], layout: ChartLayout): FlowLayout {
  const { width, height, font, margin } = SIZES[layout];
  const big = font * BIG;
  const lh = font * 1.25;
  const role = (r: FlowRole) => rows.find((d) => d.role === r);
  const drawn = rows.filter((d) => d.role !== 'fall');
  const peak = role('peak');
  const latest = role('latest');
  const point = role('disputed');
  const ceiling = role('ceiling');
  const fall = role('fall');
  const first = Math.min(...drawn.map((d) => toDate(d.from).getUTCFullYear()));
  const last = Math.max(...drawn.map((d) => toDate(d.to, true).getUTCFullYear()));
  // Room above the highest value for its label: one line in large type, one in the body size.
  const y = scaleLinear()
    .domain([0, Math.max(...drawn.map((d) => d.value ?? 0), 1)])
    .nice()
    .range([height - margin.bottom, margin.top + 2 * lh + big * 1.25 + 10]);
  // The tick labels stand above their gridlines at the left edge; the time axis starts after
  // them, so that no mark (the peak's span begins at the first year) runs through a number.
  const ticks = yTickLabels(y, { x0: margin.left, count: TICKS, format: count });
  const gutter = Math.max(...ticks.map((t) => textWidth(t.lines[0] ?? '', font))) + 8;
  const x = yearScale([first, last], [margin.left + gutter, width - margin.right]);
  const marks: FlowMark[] = drawn.map((row) => {
    const x0 = x(toDate(row.from));
    const x1 = x(toDate(row.to, true));
    const value = y(row.value ?? 0);
    // The ceiling rises from the other figure for the same month.
    const from = row.role === 'ceiling' && point ? y(point.value ?? 0) : value;
    return { row, x0, x1, y: value, y1: from };
  });
  const markOf = (row: FlowRow | undefined) => marks.find((m) => m.row === row);
  const labels: FlowLabel[] = [];
  const plotRight = width - margin.right;

  // The peak: the large value above the start of its span, and what it is under that.
  const peakMark = markOf(peak);
  if (peakMark && peak) {
    const under = wrap(`a month at the peak, ${peak.who}`, plotRight - peakMark.x0, font);
    labels.push({
      x: peakMark.x0,
      y: peakMark.y - 10 - lh * under.length,
      anchor: 'start',
      lines: [
        { text: peak.short, size: big, bold: true },
        ...under.map((text) => ({ text, size: font, bold: false, muted: true })),
      ],
    });
  }

  // April 2016: each figure's words beside its own mark, to the left, and a line saying that
  // they disagree above them.
  const pointMark = markOf(point);
  const ceilingMark = markOf(ceiling);
  // Words never run into the tick numbers at the left edge.
  const textLeft = margin.left + gutter;
  let aprilTop = Infinity;
  if (pointMark && ceilingMark && point && ceiling) {
    const ax = (pointMark.x0 + pointMark.x1) / 2 - 14;
    const dispute = wrap('April 2016: two official figures disagree', ax - textLeft, font, true);
    const disputeY = ceilingMark.y + font * 0.35 - lh * dispute.length;
    labels.push(
      { x: ax, y: disputeY, anchor: 'end', lines: dispute.map((text) => ({ text, size: font, bold: true })) },
      {
        x: ax,
        y: ceilingMark.y + font * 0.35,
        anchor: 'end',
        lines: [{ text: `${ceiling.short}, coalition`, size: font, bold: false }],
      },
      {
        x: ax,
        y: pointMark.y + font * 0.35,
        anchor: 'end',
        lines: [{ text: `${point.short}, Pentagon`, size: font, bold: false }],
      },
    );
    aprilTop = disputeY - font - 4;
  }

  // The latest value: large, anchored at the plot's right edge, above April's words, with the
  // fall beneath it and a leader down to its mark near the baseline.
  const latestMark = markOf(latest);
  let leader: FlowLayout['leader'];
  let fallBox: FlowLayout['fall'];
  if (latestMark && latest) {
    const room = plotRight - textLeft;
    const lines: FlowLabel['lines'] = [
      { text: latest.short, size: big, bold: true },
      ...wrap(`a month by late summer 2016, ${latest.who}`, room, font).map((text) => ({
        text,
        size: font,
        bold: false,
        muted: true,
      })),
      ...(fall ? [{ text: `a fall of ${fall.text}`, size: font, bold: true }] : []),
    ];
    const bottom = Math.min(aprilTop, latestMark.y - 12);
    const top = bottom - linesHeight(lines);
    const labelY = top + big;
    labels.push({ x: plotRight, y: labelY, anchor: 'end', lines });
    const lx = (latestMark.x0 + latestMark.x1) / 2;
    leader = { x: lx, y0: bottom + 4, y1: latestMark.y - 7 };
    if (fall) {
      const w = textWidth(`a fall of ${fall.text}`, font, true);
      const fy = labelY + lh * (lines.length - 1);
      fallBox = { row: fall, box: { x0: plotRight - w, x1: plotRight, y0: fy - font, y1: fy + font * 0.3 } };
    }
  }
  return {
    width,
    height,
    font,
    baseline: height - margin.bottom,
    plotLeft: margin.left,
    plotRight,
    marks,
    fall: fallBox,
    labels,
    leader,
    x,
    y,
  };
}

function describeRow(row: FlowRow): string {
  const base = `${row.text}, ${row.period}: ${row.said}.`;
  if (row.role === 'disputed') return `${base} Disputed two days later by the coalition's own, higher estimate.`;
  if (row.role === 'ceiling')
    return `${base} The coalition's official estimate, "a quarter or less" of the peak; it disagrees with the Pentagon's.`;
  if (row.role === 'fall')
    return `A fall of ${row.text} from the peak to late summer 2016: our calculation from the two U.S. intelligence figures.`;
  return base;
}

function drawMark(m: FlowMark, hatch: string): string {
  const info = { label: describeRow(m.row), href: m.row.href };
  const span = m.x1 - m.x0 > 8;
  let shape: string;
  let target: string;
  if (m.row.role === 'ceiling') {
    // A hatched column from the Pentagon's point up to the coalition's ceiling, capped there.
    const w = 14;
    const cx = (m.x0 + m.x1) / 2;
    shape = [
      el('rect', { class: 'range-box stroke--c2', fill: `url(#${hatch})`, x: cx - w / 2, y: m.y, width: w, height: m.y1 - m.y }),
      el('line', { class: 'span-cap span-cap--c2', x1: cx - w / 2 - 3, x2: cx + w / 2 + 3, y1: m.y, y2: m.y }),
    ].join('');
    target = hit(cx - 14, m.y - 8, 28, m.y1 - m.y - 2);
  } else if (span && m.row.role !== 'disputed') {
    shape = [
      el('line', { class: 'span', x1: m.x0, x2: m.x1, y1: m.y, y2: m.y }),
      el('line', { class: 'span-cap', x1: m.x0, x2: m.x0, y1: m.y - 6, y2: m.y + 6 }),
      el('line', { class: 'span-cap', x1: m.x1, x2: m.x1, y1: m.y - 6, y2: m.y + 6 }),
    ].join('');
    target = hit(m.x0 - 2, m.y - 14, m.x1 - m.x0 + 4, 28);
  } else {
    const cx = (m.x0 + m.x1) / 2;
    shape = el('circle', { class: 'dot dot--c2', cx, cy: m.y, r: 5.5 });
    target = hit(cx - 12, m.y - 6, 24, 20);
  }
  return mark(info, shape, target);
}

function drawLabel(l: FlowLabel, font: number): string {
  let y = l.y;
  return l.lines
    .map((line, i) => {
      if (i > 0) y += line.size * 1.25;
      const cls = ['halo', line.bold ? 'strong' : '', line.muted ? 'muted' : ''].filter(Boolean).join(' ');
      // Only the large end values carry a size of their own; the rest use the drawing's.
      return label(l.x, y, line.text, {
        class: cls,
        'text-anchor': l.anchor,
        'font-size': line.size === font ? undefined : line.size,
      });
    })
    .join('');
}

export function renderMonthlyFlow(rows: FlowRow[], options: RenderOptions): string {
  const L = layoutMonthlyFlow(rows, options.layout);
  const hatch = `${options.idPrefix}-hatch`;
  const body = [
    el('defs', {}, hatchDef(hatch, 'c2')),
    yGrid(L.y, { x0: L.plotLeft, x1: L.plotRight, count: TICKS, format: count }),
    xYears(L.x, { y: L.baseline, count: 5 }),
    el('line', { class: 'baseline', x1: L.plotLeft, x2: L.plotRight, y1: L.baseline, y2: L.baseline }),
    label(L.plotLeft, L.font, AXIS_TITLE, { class: 'axis-title', 'aria-hidden': 'true' }),
    el(
      'g',
      { class: 'labels', 'aria-hidden': 'true' },
      L.leader ? el('line', { class: 'leader', x1: L.leader.x, x2: L.leader.x, y1: L.leader.y0, y2: L.leader.y1 }) : '',
      ...L.labels.map((l) => drawLabel(l, L.font)),
    ),
    el(
      'g',
      { class: 'marks' },
      ...L.marks.map((m) => drawMark(m, hatch)),
      L.fall
        ? mark(
            { label: describeRow(L.fall.row), href: L.fall.row.href },
            hit(L.fall.box.x0, L.fall.box.y0, L.fall.box.x1 - L.fall.box.x0, L.fall.box.y1 - L.fall.box.y0),
          )
        : '',
    ),
  ];
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body: body.join('') });
}

export const monthlyFlow: ChartSpec<FlowRow> = {
  id: 'monthly-flow',
  rows: monthlyFlowRows,
  columns: [
    { label: 'What', value: (d) => d.words },
    { label: 'Period', value: (d) => d.period },
    { label: 'Recruits a month, or the fall', value: (d) => d.text },
    ...attributionColumns(),
  ],
  figureOf: (d) => d.figure,
  render: renderMonthlyFlow,
};
