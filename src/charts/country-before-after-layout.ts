/**
 * The layout of the country-by-country chart (country-before-after.ts): panels in a grid, one
 * shared time axis over the years the figures cover, a scale of its own in each panel, and
 * every mark with its label. Drawing is separate so tests can check the numbers.
 */
import { scaleLinear } from 'd3';
import { formatNumber } from '../data/format';
import { midDate, shortDate, toDate } from './axis';
import type { DeclineRow } from './country-before-after';
import { CANVAS } from './frame';
import { wrap } from './labels';
import { fitLabel } from './marks';
import type { ChartLayout } from './types';
import { yearScale, yearsCovering, type YearScale } from './year-ticks';

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
  /** Baseline of the first line of words above the plot (Germany), when the panel has some. */
  wordsY: number | undefined;
  plotTop: number;
  baseline: number;
  x: YearScale;
  y: ReturnType<typeof scaleLinear<number>>;
  marks: DeclineMark[];
  /** Extra annotation: the bracket over ambiguous bars (Belgium). */
  notes: { x0: number; x1: number; y: number; lines: string[]; anchor: 'start' | 'middle' | 'end'; tx: number; ty: number }[];
}

export interface DeclineLayout {
  width: number;
  height: number;
  font: number;
  /** The years every panel's time axis spans, first and last. */
  years: [number, number];
  panels: DeclinePanel[];
}

/**
 * The years the panels share: from the first to the last any figure covers. Words are not
 * placed in time (the article gives them no dates), so they do not count.
 */
function yearsOf(rows: DeclineRow[]): [number, number] {
  const dates = rows
    .filter((d) => d.shape !== 'words')
    .flatMap((d) => [...(d.openStart ? [] : [toDate(d.from)]), toDate(d.to, true)]);
  return yearsCovering(dates);
}

export const line = (font: number) => font * 1.25;

/** Width of a running total's bar: a month is too thin to see at this scale. */
const TOTAL_WIDTH = 14;

/** Labels written beside marks, in the chart's own words (the data's words stay in the table). */
function labelLines(row: DeclineRow, font: number, room: number): string[] {
  switch (row.shape) {
    case 'band':
    case 'span':
      return [row.text, row.period];
    case 'bar':
      return row.kind === 'derived' ? [row.short, '(calculated)'] : [row.short];
    case 'total':
      return [formatNumber(row.value ?? 0), shortDate(row.to)];
    case 'words':
      return wrap(`${row.openStart ? 'From' : 'to'} “${row.text}”`, room, font, true);
    case 'bracket':
      return [`${row.short} more (calculated)`];
  }
}

/** Positions of every panel and mark; drawing is separate so tests can check the numbers. */
export function layoutDecline(rows: DeclineRow[], layout: ChartLayout): DeclineLayout {
  const { width, font, columns, gap, rowGap, plot } = SIZES[layout];
  const lh = line(font);
  const panelWidth = (width - gap * (columns - 1)) / columns;
  // One panel a country, in the rows' order, headed by its name and what its scale counts.
  const groups = [...new Set(rows.map((d) => d.country))].map((country) => ({
    country,
    rows: rows.filter((d) => d.country === country),
  }));
  const headers = groups.map((g) => [g.country, ...wrap(g.rows[0]?.unit ?? '', panelWidth, font)]);
  const years = yearsOf(rows);
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
      const x = yearScale(years, [left, right]);
      const words = g.rows.filter((d) => d.shape === 'words');
      const wordsY = words.length > 0 ? plotTop + font : undefined;
      const wordLines = words.reduce((n, d) => n + labelLines(d, font, panelWidth).length, 0);
      // Room above the highest mark: a two-line label, or (running totals) the bracket and its line.
      const scaleTop = (wordsY === undefined ? plotTop : plotTop + wordLines * lh + 10) + 2 * lh + 6;
      const numbers = g.rows.flatMap((d) => (d.shape === 'words' || d.shape === 'bracket' ? [] : [d.high ?? d.value ?? 0]));
      const y = scaleLinear()
        .domain([0, Math.max(...numbers, 1)])
        .nice()
        .range([baseline, scaleTop]);
      const marks = g.rows.map((row) => placeMark(row, g.rows, x, y, { left, right, baseline, wordsY, font }));
      // Words go one under the other, in the panel's order.
      let wy = wordsY ?? 0;
      for (const m of marks.filter((k) => k.row.shape === 'words')) {
        m.label.y = wy;
        m.y0 = m.y1 = wy;
        wy += m.label.lines.length * lh;
      }
      panels.push({
        title: g.country,
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
  return { width, height: top - rowGap, font, years, panels };
}

function placeMark(
  row: DeclineRow,
  siblings: DeclineRow[],
  x: YearScale,
  y: ReturnType<typeof scaleLinear<number>>,
  box: { left: number; right: number; baseline: number; wordsY: number | undefined; font: number },
): DeclineMark {
  const { left, right, baseline, wordsY, font } = box;
  const lh = line(font);
  const start = row.shape === 'words' ? left : x(toDate(row.from));
  const end = row.shape === 'words' ? right : x(toDate(row.to, true));
  const room = right - left;
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
  } else if (row.shape === 'total') {
    // A narrow bar at the month the total was given.
    const mid = x(midDate(row.to));
    [x0, x1] = [mid - TOTAL_WIDTH / 2, mid + TOTAL_WIDTH / 2];
    [y0, y1] = [y(row.value ?? 0), baseline];
  } else if (row.shape === 'bracket') {
    [x0, x1] = [x(midDate(row.from)), x(midDate(row.to))];
    const tops = siblings.filter((d) => d.shape === 'total').map((d) => y(d.value ?? 0));
    y0 = y1 = Math.min(...tops) - 10;
  } else {
    // Words: the whole line, under the panel's heading (the layout stacks them).
    y0 = y1 = wordsY ?? 0;
  }
  let label: DeclineMark['label'];
  if (row.shape === 'words') {
    label = { x: left, y: wordsY ?? 0, anchor: 'start', lines };
  } else if (row.shape === 'bracket') {
    const fit = fitLabel((x0 + x1) / 2, lines, font, 'middle', left, right, true);
    label = { ...fit, y: y0 - 6, lines };
  } else if (row.shape === 'total') {
    // The first total is labelled to its left, later ones to their right, level with the top.
    const first = siblings.find((d) => d.shape === 'total') === row;
    const fit = fitLabel(first ? x0 - 6 : x1 + 6, lines, font, first ? 'end' : 'start', left, right, true);
    label = { ...fit, y: y0 + font * 0.9, lines };
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
    const value = ambiguous[0]?.row.together?.value ?? '';
    const lines = wrap(`${value} in each year, or ${value} in all?`, Math.max(x1 - x0, right - x0), font);
    const fit = fitLabel((x0 + x1) / 2, lines, font, 'middle', left, right);
    notes.push({ x0, x1, y, lines, anchor: fit.anchor, tx: fit.x, ty: y - 6 - (lines.length - 1) * lh });
  }
  return notes;
}
