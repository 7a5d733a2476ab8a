/**
 * Reverse flows: who could come back. One panel per country, each with the date and body of
 * its own count, because the four countries count different things at different times; the
 * bars are never added up. The European panels share one scale so sizes compare across them;
 * Tunisia's thousands would flatten them, so its panel has a scale of its own, stated in the
 * panel, and every bar in every panel is drawn to length (no broken bars): two values that
 * differ fourfold always differ fourfold in length. Status is shown by colour and by the row's
 * words: in Syria and Iraq, back, on the way or in transit, dead. Our calculation (a derived
 * figure: Germany's returnees, "about a third" of those who left) is a dashed outline; a figure
 * whose meaning the sources disagree on (Tunisia's "still fighting" or "left to fight") is
 * hatched; "more than" ends in an arrow.
 */
import { scaleLinear } from 'd3';
import type { Dataset } from '../data/dataset';
import { formatNumber, lowerFirst } from '../data/format';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { CANVAS, chartFrame } from './frame';
import { textWidth, wrap } from './labels';
import { hatchDef, hit, mark } from './marks';
import { el, label, r, strokes } from './svg';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';

/** What a row counts, which decides its colour. */
export type ReturnStatus = 'in-zone' | 'back' | 'moving' | 'dead' | 'left';

interface RowSpec {
  id: string;
  /** The row's words in the drawing. */
  label: string;
  status: ReturnStatus;
  /** Part of the row above it (women, minors): drawn thinner and indented. */
  part?: boolean;
  /** The sources disagree on what the figure counts: hatched. */
  disputed?: boolean;
}

export const RETURN_PANELS: { country: string; rows: RowSpec[]; ownScale?: boolean }[] = [
  {
    country: 'France',
    rows: [
      { id: 'france-in-zone-2016-09', label: 'In Syria and Iraq', status: 'in-zone' },
      { id: 'france-women-in-zone-2016-09', label: 'of whom women', status: 'in-zone', part: true },
      { id: 'france-minors-in-zone-2016-09', label: 'of whom minors counted as fighters', status: 'in-zone', part: true },
      { id: 'france-in-transit-2016-09', label: 'In transit', status: 'moving' },
      { id: 'france-presumed-dead-2016-09', label: 'Presumed dead', status: 'dead' },
      { id: 'france-returns-h2-2015', label: 'Returns detected, Jul–Dec 2015', status: 'back' },
      { id: 'france-returns-h1-2016', label: 'Returns detected, Jan–Jun 2016', status: 'back' },
    ],
  },
  {
    country: 'Belgium',
    rows: [
      { id: 'belgium-ocam-in-zone-2016-07', label: 'In Syria and Iraq', status: 'in-zone' },
      { id: 'belgium-ocam-returned-2016-07', label: 'Back from Syria and Iraq', status: 'back' },
      { id: 'belgium-ocam-en-route-2016-07', label: 'On their way there', status: 'moving' },
    ],
  },
  {
    country: 'Germany',
    rows: [
      { id: 'germany-departures-2016-06', label: 'Had left for Syria and Iraq', status: 'left' },
      { id: 'germany-returnees-2016-06', label: 'Back: about a third of them', status: 'back' },
    ],
  },
  {
    country: 'Tunisia',
    // Counts in thousands, against hundreds in Europe: a scale of its own, said in the panel.
    ownScale: true,
    rows: [
      { id: 'tunisia-still-fighting', label: 'Fighting abroad, or had left to fight', status: 'in-zone', disputed: true },
      { id: 'tunisia-in-libya-2016-09', label: 'Fighting in Libya', status: 'in-zone' },
    ],
  },
];

export interface ReturnRow extends FigureFields {
  country: string;
  label: string;
  status: ReturnStatus;
  /** The value drawn: the figure's, or the top of its range. */
  drawn: number;
  /** Our calculation (a derived figure). */
  calculated: boolean;
  part: boolean;
  disputed: boolean;
}

export function returnRows(data: Dataset): ReturnRow[] {
  return RETURN_PANELS.flatMap((p) =>
    p.rows.map((spec) => {
      const f = figureFields(data, spec.id, 'who-could-return');
      return {
        ...f,
        country: p.country,
        label: spec.label,
        status: spec.status,
        drawn: f.value ?? f.high ?? 0,
        calculated: f.kind === 'derived',
        part: spec.part ?? false,
        disputed: spec.disputed ?? false,
      };
    }),
  );
}

const SIZES = {
  narrow: { ...CANVAS.narrow, labelWidth: 0, bar: 12, part: 7 },
  wide: { ...CANVAS.wide, labelWidth: 250, bar: 14, part: 8 },
} as const;

export interface ReturnBar {
  row: ReturnRow;
  /** Baseline of the row's first label line. */
  labelY: number;
  labelLines: string[];
  labelX: number;
  y: number;
  height: number;
  x0: number;
  x1: number;
  valueX: number;
}

type Scale = ReturnType<typeof scaleLinear<number>>;

export interface ReturnPanel {
  country: string;
  source: string[];
  top: number;
  /** The panel's scale: the shared one, or its own (Tunisia). */
  x: Scale;
  /** A scale of its own: the words that say so and where its numbers go (baselines). */
  own: { lines: string[]; y: number; ticksY: number } | undefined;
  bars: ReturnBar[];
}

export interface ReturnLayout {
  width: number;
  height: number;
  font: number;
  /** The European panels' shared scale, drawn at the top. */
  x: Scale;
  /** Top of the scale line and its labels. */
  scaleY: number;
  panels: ReturnPanel[];
}

/** The value written after a bar. */
export function valueText(row: ReturnRow): string {
  return row.calculated ? `${row.short} (calculated)` : row.short;
}

/** Extra room a bar needs after its end: the arrow of "more than". */
const tail = (row: ReturnRow) => (row.text.startsWith('more than') ? 8 : 0);

/** The round end of a scale for the rows: their highest value, nice()d. */
const domainEnd = (rows: ReturnRow[]) =>
  scaleLinear()
    .domain([0, Math.max(...rows.map((d) => d.drawn), 1)])
    .nice(2)
    .domain()[1] ?? 1;

/** Where a scale ending at `top` must end so that every bar and its value label fit in the drawing. */
const rangeEnd = (rows: ReturnRow[], top: number, barLeft: number, width: number, font: number) =>
  Math.min(
    width - 8,
    ...rows.map(
      (row) =>
        barLeft + ((width - 8 - textWidth(valueText(row), font, true) - tail(row) - barLeft) * top) / Math.max(row.drawn, 1),
    ),
  );

export function layoutReturns(rows: ReturnRow[], layout: ChartLayout): ReturnLayout {
  const { width, font, labelWidth, bar, part } = SIZES[layout];
  const lh = font * 1.25;
  const barLeft = labelWidth;
  const ownScale = new Set(RETURN_PANELS.filter((p) => p.ownScale).map((p) => p.country));
  // Every scale spans the same length, so a scale of its own differs only by its round end:
  // "4 times as compressed" is then exactly true.
  const groups = [rows.filter((d) => !ownScale.has(d.country)), ...[...ownScale].map((c) => rows.filter((d) => d.country === c))];
  const end = Math.min(...groups.map((g) => rangeEnd(g, domainEnd(g), barLeft, width, font)));
  const scaleOf = (g: ReturnRow[]) =>
    scaleLinear()
      .domain([0, domainEnd(g)])
      .range([barLeft, end]);
  const x = scaleOf(groups[0] ?? []);
  const scaleY = font + 2;
  let top = scaleY + 18;
  const panels: ReturnPanel[] = RETURN_PANELS.map((p) => {
    const own = rows.filter((d) => d.country === p.country);
    const first = own[0];
    const source = wrap(first ? `${first.who}, figures of ${first.stated}` : '', width, font);
    const panelTop = top;
    let y = panelTop + lh * (1 + source.length) + 4;
    // A panel with a scale of its own says so, and writes its numbers, before its bars.
    const px = p.ownScale ? scaleOf(own) : x;
    let ownScaleText: ReturnPanel['own'];
    if (p.ownScale) {
      const factor = (px.domain()[1] ?? 1) / (x.domain()[1] ?? 1);
      const words = `A scale of its own${Number.isInteger(factor) ? `, ${factor} times as compressed as the panels above` : ''}:`;
      const lines = wrap(words, width, font, true);
      ownScaleText = { lines, y: y + font * 0.9, ticksY: y + font * 0.9 + lines.length * lh };
      y = ownScaleText.ticksY + 10;
    }
    const bars = own.map((row) => {
      const indent = row.part ? 14 : 0;
      const lines = wrap(row.label, (labelWidth || width) - indent - 8, font);
      const height = row.part ? part : bar;
      const x1 = Math.max(px(row.drawn), barLeft + 1.5);
      let labelY: number;
      let barY: number;
      if (labelWidth > 0) {
        // Wide: the label on the left, centred on the bar's first line.
        labelY = y + font * 0.9;
        barY = labelY - font * 0.35 - height / 2;
        y += Math.max(lines.length * lh, height) + 8;
      } else {
        // Narrow: the label above its bar.
        labelY = y + font * 0.9;
        barY = y + lines.length * lh + 1;
        y = barY + height + 10;
      }
      return {
        row,
        labelY,
        labelLines: lines,
        labelX: indent,
        y: barY,
        height,
        x0: barLeft,
        x1,
        valueX: x1 + (row.status === 'moving' && row.figure.includes('transit') ? 14 : 6),
      };
    });
    top = y + 20;
    return { country: p.country, source, top: panelTop, x: px, own: ownScaleText, bars };
  });
  return { width, height: top - 14, font, x, scaleY, panels };
}

const STATUS_CLASS: Record<ReturnStatus, string> = {
  'in-zone': 'bar--c1',
  back: 'bar--c3',
  moving: 'bar--c2',
  dead: 'bar--muted',
  left: 'bar--outline',
};

function describe(row: ReturnRow): string {
  const caveat = row.disputed ? ' The article says still fighting; Reuters reports the estimate as those who left to fight.' : '';
  const value = row.calculated ? `${row.text} (our calculation)` : row.text;
  return `${row.country}, ${lowerFirst(row.label)}: ${value} (${row.period}). ${row.said}.${caveat}`;
}

function drawBar(b: ReturnBar, hatch: string, font: number): string {
  const { row, x0, x1, y, height } = b;
  const cls = row.calculated ? 'derived stroke--c3' : row.disputed ? 'stroke--c1' : STATUS_CLASS[row.status];
  const shapes = [
    el('rect', { class: cls, fill: row.disputed ? `url(#${hatch})` : undefined, x: x0, y, width: x1 - x0, height }),
  ];
  if (row.text.startsWith('more than')) {
    shapes.push(
      el('path', { class: STATUS_CLASS[row.status], d: `M${r(x1)} ${r(y - 2)}l8 ${r(height / 2 + 2)}l-8 ${r(height / 2 + 2)}z` }),
    );
  }
  return mark(
    { label: describe(row), href: row.href },
    ...shapes,
    label(b.valueX, y + height / 2 + font * 0.35, valueText(row), { class: 'value-label' }),
    hit(0, b.labelY - font, Math.max(x1 + 60, 200), Math.max(y + height, b.labelY) - b.labelY + font + 4),
  );
}

/** Tick numbers of a scale, "people" after the last, which ends at the drawing's edge if it must. */
function tickLabels(x: Scale, y: number, width: number, font: number): string {
  const ticks = x.ticks(2);
  return ticks
    .map((t, i) => {
      const text = i === ticks.length - 1 ? `${formatNumber(t)} people` : formatNumber(t);
      const past = x(t) + textWidth(text, font) / 2 > width;
      return label(past ? width : x(t), y, text, {
        class: 'tick-label',
        'text-anchor': t === 0 ? 'start' : past ? 'end' : 'middle',
      });
    })
    .join('');
}

export function renderReturns(rows: ReturnRow[], options: RenderOptions): string {
  const L = layoutReturns(rows, options.layout);
  const { font, x } = L;
  const lh = font * 1.25;
  const hatch = `${options.idPrefix}-hatch`;
  const scale = el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    tickLabels(x, L.scaleY, L.width, font),
    ...L.panels.map((p) => {
      const last = p.bars[p.bars.length - 1];
      const y0 = (p.bars[0]?.y ?? 0) - 6;
      const y1 = (last?.y ?? 0) + (last?.height ?? 0) + 6;
      const grid = strokes(
        'grid',
        p.x.ticks(2).map((t) => ({ x1: p.x(t), x2: p.x(t), y1: y0, y2: y1 })),
      );
      return p.own
        ? grid + label(0, p.own.y, p.own.lines, { class: 'strong' }) + tickLabels(p.x, p.own.ticksY, L.width, font)
        : grid;
    }),
  );
  const panels = L.panels.map((p) =>
    el(
      'g',
      { class: 'panel' },
      el(
        'g',
        { 'aria-hidden': 'true' },
        el('line', { class: 'lane-rule', x1: 0, x2: L.width, y1: p.top - 4, y2: p.top - 4 }),
        label(0, p.top + font, p.country, { class: 'strong' }),
        label(0, p.top + font + lh, p.source, { class: 'muted' }),
        ...p.bars.map((b) => label(b.labelX, b.labelY, b.labelLines, b.row.part ? { class: 'muted' } : {})),
      ),
      ...p.bars.map((b) => drawBar(b, hatch, font)),
    ),
  );
  const body = [el('defs', {}, hatchDef(hatch)), scale, ...panels].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

export const whoCouldReturn: ChartSpec<ReturnRow> = {
  id: 'who-could-return',
  rows: returnRows,
  columns: [
    { label: 'Country', value: (d) => d.country },
    { label: 'Counted', value: (d) => d.label },
    { label: 'Figure', value: (d) => d.text },
    { label: 'Period', value: (d) => d.period },
    ...attributionColumns(),
  ],
  figureOf: (d) => d.figure,
  render: renderReturns,
};
