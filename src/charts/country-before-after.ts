/**
 * Decline, chart 2: the fall country by country, each in the unit its own authorities used, so
 * four small panels with their own scales on one shared time axis. A range is drawn as a band,
 * a rate over a period as a span, counts per period as bars, running totals as dots. Germany's
 * "dozens a month" and "a small handful" have no numbers: they are drawn as words on the time
 * axis, beside the federal police's two running totals. Calculated values are dashed outlines;
 * Belgium's ambiguous 2016–2017 split is hatched.
 */
import { scaleLinear, scaleUtc } from 'd3';
import type { Dataset } from '../data/dataset';
import { formatNumber } from '../data/format';
import { midDate, shortDate, toDate, yearAxis } from './axis';
import { figureFields, kindLabel, type FigureFields } from './figure-row';
import { CANVAS, chartFrame } from './frame';
import { wrap } from './labels';
import { fitLabel, hatchDef, hit, mark } from './marks';
import { el, r, label } from './svg';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';

/** How a row is drawn. */
export type DeclineShape = 'band' | 'span' | 'bar' | 'dot' | 'words' | 'bracket';

interface PanelSpec {
  title: string;
  /** What the panel's scale counts, and whose count it is. */
  unit: string;
  rows: { id: string; shape: DeclineShape; ambiguous?: boolean }[];
}

export const DECLINE_PANELS: PanelSpec[] = [
  {
    title: 'United States',
    unit: 'Americans travelling or trying to travel to join the group, a month (FBI)',
    rows: [
      { id: 'us-monthly-h1-2015', shape: 'band' },
      { id: 'us-monthly-2016', shape: 'span' },
    ],
  },
  {
    title: 'France',
    unit: 'French nationals who reached Syria and Iraq, per half-year (interior ministry)',
    rows: [
      { id: 'france-arrivals-h1-2015', shape: 'bar' },
      { id: 'france-arrivals-h1-2016', shape: 'bar' },
      { id: 'france-arrivals-h1-2016-implied', shape: 'bar' },
    ],
  },
  {
    title: 'Belgium',
    unit: 'Departures for Syria by year, as counted in 2019 (interior ministry)',
    rows: [
      { id: 'belgium-departures-2013', shape: 'bar' },
      { id: 'belgium-departures-2014', shape: 'bar' },
      { id: 'belgium-departures-2015', shape: 'bar' },
      { id: 'belgium-departures-2016', shape: 'bar', ambiguous: true },
      { id: 'belgium-departures-2017', shape: 'bar', ambiguous: true },
    ],
  },
  {
    title: 'Germany',
    unit: 'The article’s words, then the federal police’s running total of people who had left',
    rows: [
      { id: 'germany-monthly-before-2016', shape: 'words' },
      { id: 'germany-monthly-2016', shape: 'words' },
      { id: 'germany-departures-2015-11', shape: 'dot' },
      { id: 'germany-departures-2016-06', shape: 'dot' },
      { id: 'germany-departures-nov-2015-jun-2016', shape: 'bracket' },
    ],
  },
];

/** The years every panel spans. */
const FIRST_YEAR = 2013;
const LAST_YEAR = 2017;

export interface DeclineRow extends FigureFields {
  country: string;
  shape: DeclineShape;
  /** The source's wording allows two readings: drawn hatched, with a bracket. */
  ambiguous: boolean;
}

export function declineRows(data: Dataset): DeclineRow[] {
  return DECLINE_PANELS.flatMap((p) =>
    p.rows.map((spec) => ({
      ...figureFields(data, spec.id, 'country-before-after'),
      country: p.title,
      shape: spec.shape,
      ambiguous: spec.ambiguous ?? false,
    })),
  );
}

const SIZES = {
  narrow: { ...CANVAS.narrow, columns: 1, gap: 0, rowGap: 36, plot: 150 },
  wide: { ...CANVAS.wide, columns: 2, gap: 36, rowGap: 40, plot: 170 },
} as const;

export interface DeclineMark {
  row: DeclineRow;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] };
}

export interface DeclinePanel {
  title: string;
  unitLines: string[];
  left: number;
  right: number;
  top: number;
  /** Baseline of the words strip (Germany), when the panel has one. */
  wordsY: number | undefined;
  plotTop: number;
  baseline: number;
  x: ReturnType<typeof scaleUtc<number>>;
  y: ReturnType<typeof scaleLinear<number>>;
  marks: DeclineMark[];
  /** Extra annotation: the bracket over ambiguous bars (Belgium). */
  notes: { x0: number; x1: number; y: number; lines: string[]; anchor: 'start' | 'middle' | 'end'; tx: number; ty: number }[];
}

export interface DeclineLayout {
  width: number;
  height: number;
  font: number;
  panels: DeclinePanel[];
}

const line = (font: number) => font * 1.25;

/** Labels written beside marks, in the chart's own words (the data's words stay in the table). */
function labelLines(row: DeclineRow, font: number, room: number): string[] {
  switch (row.shape) {
    case 'band':
    case 'span':
      return [row.text, row.period];
    case 'bar':
      return row.kind === 'derived' ? [row.short, '(calculated)'] : [row.short];
    case 'dot':
      return [formatNumber(row.value ?? 0), shortDate(row.to)];
    case 'words':
      return wrap(`“${row.text}”`, room, font, true);
    case 'bracket':
      return [`${row.short} more`, '(calculated)'];
  }
}

/** Positions of every panel and mark; drawing is separate so tests can check the numbers. */
export function layoutDecline(rows: DeclineRow[], layout: ChartLayout): DeclineLayout {
  const { width, font, columns, gap, rowGap, plot } = SIZES[layout];
  const lh = line(font);
  const panelWidth = (width - gap * (columns - 1)) / columns;
  const groups = DECLINE_PANELS.map((p) => ({ spec: p, rows: rows.filter((d) => d.country === p.title) }));
  const headers = groups.map((g) => [g.spec.title, ...wrap(g.spec.unit, panelWidth, font)]);
  const panels: DeclinePanel[] = [];
  let top = 0;
  for (let start = 0; start < groups.length; start += columns) {
    const rowGroups = groups.slice(start, start + columns);
    const headerLines = Math.max(...rowGroups.map((_, i) => headers[start + i]?.length ?? 0));
    const plotTop = top + headerLines * lh + 8;
    const baseline = plotTop + plot;
    rowGroups.forEach((g, i) => {
      const left = i * (panelWidth + gap);
      const right = left + panelWidth;
      const x = scaleUtc()
        .domain([new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(LAST_YEAR + 1, 0, 1))])
        .range([left, right]);
      const hasWords = g.rows.some((d) => d.shape === 'words');
      const wordsY = hasWords ? plotTop + font : undefined;
      // Room above the highest mark for a two-line label.
      const scaleTop = (hasWords ? plotTop + 2 * lh + 12 : plotTop) + 2 * lh + 6;
      const numbers = g.rows.flatMap((d) => (d.shape === 'words' || d.shape === 'bracket' ? [] : [d.high ?? d.value ?? 0]));
      const y = scaleLinear()
        .domain([0, Math.max(...numbers, 1)])
        .range([baseline, scaleTop]);
      const marks = g.rows.map((row) => placeMark(row, g.rows, x, y, { left, right, baseline, wordsY, font }));
      panels.push({
        title: g.spec.title,
        unitLines: headers[start + i]?.slice(1) ?? [],
        left,
        right,
        top,
        wordsY,
        plotTop,
        baseline,
        x,
        y,
        marks,
        notes: panelNotes(marks, font, left, right),
      });
    });
    top = baseline + font + 10 + rowGap;
  }
  return { width, height: top - rowGap, font, panels };
}

function placeMark(
  row: DeclineRow,
  siblings: DeclineRow[],
  x: ReturnType<typeof scaleUtc<number>>,
  y: ReturnType<typeof scaleLinear<number>>,
  box: { left: number; right: number; baseline: number; wordsY: number | undefined; font: number },
): DeclineMark {
  const { left, right, baseline, wordsY, font } = box;
  const lh = line(font);
  const start = row.openStart && row.shape === 'words' ? left : x(toDate(row.from));
  const end = x(toDate(row.to, true));
  const room = row.shape === 'words' ? (row.openStart ? end - left - 6 : right - start - 6) : right - left;
  const lines = labelLines(row, font, room);
  let [x0, x1] = [start, end];
  let y0: number;
  let y1: number;
  if (row.shape === 'band') [y0, y1] = [y(row.high ?? 0), y(row.low ?? 0)];
  else if (row.shape === 'span') y0 = y1 = y(row.value ?? 0);
  else if (row.shape === 'bar') {
    // Bars that share a period (a count and its calculated twin) share its slot.
    const twins = siblings.filter((d) => d.shape === 'bar' && d.from === row.from && d.to === row.to);
    const slot = (end - start - 6) / twins.length;
    x0 = start + 3 + slot * twins.indexOf(row);
    x1 = x0 + slot - (twins.length > 1 ? 2 : 0);
    [y0, y1] = [y(row.value ?? 0), baseline];
  } else if (row.shape === 'dot') {
    x0 = x1 = x(midDate(row.to));
    y0 = y1 = y(row.value ?? 0);
  } else if (row.shape === 'bracket') {
    [x0, x1] = [x(midDate(row.from)), x(midDate(row.to))];
    const dots = siblings.filter((d) => d.shape === 'dot').map((d) => y(d.value ?? 0));
    y0 = y1 = Math.max(...dots) + 14;
  } else {
    // Words: a dashed rule under the last line of the quoted words.
    y0 = y1 = (wordsY ?? 0) + (lines.length - 1) * lh + 8;
  }
  let label: DeclineMark['label'];
  if (row.shape === 'words') {
    const anchor = row.openStart ? 'end' : 'start';
    label = { x: row.openStart ? end - 6 : start + 6, y: wordsY ?? 0, anchor, lines };
  } else if (row.shape === 'bracket') {
    const fit = fitLabel((x0 + x1) / 2, lines, font, 'middle', left, right, true);
    label = { ...fit, y: y0 + font + 8, lines };
  } else if (row.shape === 'dot') {
    // First running total labelled to its left, later ones to their right.
    const first = siblings.find((d) => d.shape === 'dot') === row;
    const fit = fitLabel(first ? x0 - 8 : x0 + 8, lines, font, first ? 'end' : 'start', left, right, true);
    label = { ...fit, y: y0 - lh - 4, lines };
  } else if (row.shape === 'bar' && row.kind === 'derived') {
    // A calculated twin sits beside its count: its label goes one step higher, reading rightwards.
    const count = siblings.find((d) => d !== row && d.shape === 'bar' && d.from === row.from && d.to === row.to);
    const above = Math.min(y0, count ? y(count.value ?? 0) : y0) - 8 - lh;
    const fit = fitLabel(x0, lines, font, 'start', left, right, true);
    label = { ...fit, y: above - (lines.length - 1) * lh, lines };
  } else {
    const fit = fitLabel((x0 + x1) / 2, lines, font, 'middle', left, right, true);
    label = { ...fit, y: y0 - 8 - (lines.length - 1) * lh, lines };
  }
  return { row, x0, x1, y0, y1, label };
}

/** A bracket over bars whose split the source leaves ambiguous (Belgium 2016–2017). */
function panelNotes(marks: DeclineMark[], font: number, left: number, right: number): DeclinePanel['notes'] {
  const notes: DeclinePanel['notes'] = [];
  const lh = line(font);
  const ambiguous = marks.filter((m) => m.row.ambiguous);
  if (ambiguous.length > 1) {
    const x0 = Math.min(...ambiguous.map((m) => m.x0));
    const x1 = Math.max(...ambiguous.map((m) => m.x1));
    const y = Math.min(...ambiguous.map((m) => m.label.y)) - font - 6;
    const lines = wrap('4 in each year, or 4 in all?', Math.max(x1 - x0, right - x0), font);
    const fit = fitLabel((x0 + x1) / 2, lines, font, 'middle', left, right);
    notes.push({ x0, x1, y, lines, anchor: fit.anchor, tx: fit.x, ty: y - 6 - (lines.length - 1) * lh });
  }
  return notes;
}

function describe(row: DeclineRow): string {
  const calc = row.kind === 'derived' ? ' Calculated by this site.' : '';
  const words = row.kind === 'qualitative' ? ' The article’s words; no figure was given.' : '';
  const ambiguous = row.ambiguous ? ' The source’s wording could also mean four over 2016 and 2017 together.' : '';
  return `${row.country}: ${row.text}, ${row.period}. ${row.who}${row.where ? `, ${row.where}` : ''}.${calc}${words}${ambiguous}`;
}

function drawMark(m: DeclineMark, hatch: string): string {
  const { row, x0, x1, y0, y1 } = m;
  const derived = row.kind === 'derived';
  let shape: string;
  switch (row.shape) {
    case 'band':
      shape = el('rect', { class: 'bar--c1', x: x0, y: y0, width: x1 - x0, height: Math.max(y1 - y0, 2) });
      break;
    case 'span':
      shape = el('path', { class: 'span', d: `M${r(x0)} ${r(y0 - 6)}v12M${r(x0)} ${r(y0)}H${r(x1)}M${r(x1)} ${r(y0 - 6)}v12` });
      break;
    case 'bar':
      shape = el('rect', {
        class: derived ? 'derived stroke--c1' : row.ambiguous ? 'stroke--c1' : 'bar--c1',
        fill: row.ambiguous ? `url(#${hatch})` : undefined,
        x: x0,
        y: y0,
        width: x1 - x0,
        height: Math.max(y1 - y0, 1.5),
      });
      break;
    case 'dot':
      shape = el('circle', { class: 'dot--c1', cx: x0, cy: y0, r: 5.5 });
      break;
    case 'bracket':
      shape = el('path', { class: 'derived stroke--c1', d: `M${r(x0)} ${r(y0 - 6)}V${r(y0)}H${r(x1)}V${r(y0 - 6)}` });
      break;
    case 'words':
      shape = el('line', { class: 'claim', x1: x0 + 2, x2: x1 - 2, y1: y0, y2: y0 });
      break;
  }
  const top = Math.min(y0, m.label.y - 16) - 4;
  const bottom = Math.max(y1, y0) + 8;
  return mark(
    { label: describe(row), href: row.href },
    shape,
    hit(Math.min(x0, x1) - 6, top, Math.abs(x1 - x0) + 12, bottom - top),
  );
}

function drawPanel(p: DeclinePanel, font: number, hatch: string): string {
  const lh = line(font);
  const labels = p.marks.map((m) =>
    label(m.label.x, m.label.y, m.label.lines, { 'text-anchor': m.label.anchor, class: 'value-label' }),
  );
  const notes = p.notes.map((n) =>
    el(
      'g',
      {},
      el('path', { class: 'bracket', d: `M${r(n.x0)} ${r(n.y + 5)}V${r(n.y)}H${r(n.x1)}V${r(n.y + 5)}` }),
      label(n.tx, n.ty, n.lines, { 'text-anchor': n.anchor, class: 'muted' }),
    ),
  );
  return el(
    'g',
    { class: 'panel' },
    el(
      'g',
      { 'aria-hidden': 'true' },
      label(p.left, p.top + font, p.title, { class: 'strong' }),
      label(p.left, p.top + font + lh, p.unitLines, { class: 'muted' }),
      p.wordsY === undefined
        ? ''
        : el('line', { class: 'grid', x1: p.left, x2: p.right, y1: p.plotTop + 2 * lh + 10, y2: p.plotTop + 2 * lh + 10 }),
    ),
    yearAxis(p.x, FIRST_YEAR, LAST_YEAR, p.baseline, font),
    el('line', { class: 'baseline', x1: p.left, x2: p.right, y1: p.baseline, y2: p.baseline }),
    el('g', { class: 'marks' }, ...p.marks.map((m) => drawMark(m, hatch))),
    el('g', { 'aria-hidden': 'true' }, ...labels, ...notes),
  );
}

export function renderDecline(rows: DeclineRow[], options: RenderOptions): string {
  const L = layoutDecline(rows, options.layout);
  const hatch = `${options.idPrefix}-hatch`;
  const body = [el('defs', {}, hatchDef(hatch)), ...L.panels.map((p) => drawPanel(p, L.font, hatch))].join('');
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body });
}

export const countryBeforeAfter: ChartSpec<DeclineRow> = {
  id: 'country-before-after',
  rows: declineRows,
  columns: [
    { label: 'Country', value: (d) => d.country },
    { label: 'Period', value: (d) => d.period },
    { label: 'Figure', value: (d) => d.text },
    { label: 'Kind', value: (d) => kindLabel(d.kind) },
    { label: 'Stated by', value: (d) => d.who },
    { label: 'Published in', value: (d) => d.where },
  ],
  figureOf: (d) => d.figure,
  render: renderDecline,
};
