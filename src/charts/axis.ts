/**
 * Axes drawn from a scale's ticks. d3-axis needs a DOM, so this does the same job as pure
 * functions: tick positions from the scale, labels from a formatter.
 */
import { scaleLinear } from 'd3';
import { MONTHS } from '../data/dates';
import { el, label, r, strokes, type Segment } from './svg';

/**
 * A value scale from zero to the highest value, nice()d, onto `range` (bottom, top). When the
 * highest value would sit less than `room` units below the top (its label goes there), the
 * domain grows until it does not: the scale always comes from the data, never a typed bound.
 */
export function valueScale(max: number, range: [number, number], room = 0) {
  const [bottom, top] = range;
  const y = scaleLinear().domain([0, max]).nice().range(range);
  if (y(max) - room >= top || bottom - top <= room) return y;
  return scaleLinear()
    .domain([0, (max * (bottom - top)) / (bottom - top - room)])
    .nice()
    .range(range);
}

interface LinearLike {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

/**
 * Where yGrid writes its tick labels when they stand above their lines at the left edge: the
 * baseline `top` of each, for charts that place other labels around them.
 */
export function yTickLabels(scale: LinearLike, options: { x0: number; count: number; format: (n: number) => string }) {
  return scale.ticks(options.count).map((t) => {
    const y = r(scale(t));
    return { x: options.x0, y, top: y - 5, lines: [options.format(t)], anchor: 'start' as const };
  });
}

/**
 * Horizontal grid lines with value labels: above each line at the left edge, or, with
 * `gutter`, right-aligned in a margin that wide just left of x0.
 */
export function yGrid(
  scale: LinearLike,
  options: { x0: number; x1: number; count: number; format: (n: number) => string; gutter?: number | undefined; font?: number },
): string {
  const { x0, x1, count, format, gutter, font = 14 } = options;
  const ticks = yTickLabels(scale, { x0, count, format });
  return el(
    'g',
    { class: 'axis axis--y', 'aria-hidden': 'true' },
    // The grid lines as one path, then their labels.
    strokes(
      'grid',
      ticks.map(({ y }) => ({ x1: x0, x2: x1, y1: y, y2: y })),
    ),
    ...ticks.map(({ y, top, lines: [text = ''] }) =>
      gutter === undefined
        ? label(x0, top, text, { class: 'tick-label' })
        : label(x0 - 6, r(y + font * 0.35), text, { class: 'tick-label', 'text-anchor': 'end' }),
    ),
  );
}

interface TimeLike {
  (value: Date): number;
  ticks(count?: number): Date[];
  range(): number[];
}

/** Year ticks and labels along the bottom; a label at either end of the axis stays inside it. */
export function xYears(scale: TimeLike, options: { y: number; count: number }): string {
  const { y, count } = options;
  const [start = 0, end = 0] = scale.range();
  const ticks = scale.ticks(count).map((t) => ({ x: r(scale(t)), year: t.getUTCFullYear() }));
  return el(
    'g',
    { class: 'axis axis--x', 'aria-hidden': 'true' },
    strokes(
      'tick',
      ticks.map(({ x }) => ({ x1: x, x2: x, y1: y, y2: y + 5 })),
    ),
    ...ticks.map(({ x, year }) => {
      const anchor = x - start < 16 ? 'start' : end - x < 16 ? 'end' : 'middle';
      return label(x, y + 20, String(year), { class: 'tick-label', 'text-anchor': anchor });
    }),
  );
}

/** A Date for a partial ISO date: 2016 → 1 Jan, 2016-05 → 1 May, at midday UTC. */
export function toDate(partial: string, end = false): Date {
  const [y, m, d] = partial.split('-').map(Number);
  if (d !== undefined) return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d, 12));
  if (m !== undefined) return end ? new Date(Date.UTC(y ?? 0, m, 0, 12)) : new Date(Date.UTC(y ?? 0, m - 1, 1, 12));
  return end ? new Date(Date.UTC(y ?? 0, 11, 31, 12)) : new Date(Date.UTC(y ?? 0, 0, 1, 12));
}

/** The middle of a partial date's span: 2015-11 → 15 November 2015 (about). */
export function midDate(partial: string): Date {
  return new Date((toDate(partial).getTime() + toDate(partial, true).getTime()) / 2);
}

const SHORT_MONTHS = MONTHS.map((name) => name.slice(0, 3));

/** A short date for labels in a drawing: "Nov 2015", "4 Feb 2015", "2016". */
export function shortDate(partial: string): string {
  const [y, m, d] = partial.split('-');
  const month = m ? SHORT_MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? partial;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Ticks at the start of each year from..to, with each year's label centred on its span. */
export function yearAxis(x: (d: Date) => number, from: number, to: number, y: number, font: number): string {
  const labels: string[] = [];
  const ticks: Segment[] = [];
  for (let year = from; year <= to; year++) {
    const x0 = r(x(new Date(Date.UTC(year, 0, 1))));
    const x1 = r(x(new Date(Date.UTC(year + 1, 0, 1))));
    ticks.push({ x1: x0, x2: x0, y1: y, y2: y + 5 });
    if (year === to) ticks.push({ x1: x1, x2: x1, y1: y, y2: y + 5 });
    labels.push(label(r((x0 + x1) / 2), y + font + 4, String(year), { class: 'tick-label', 'text-anchor': 'middle' }));
  }
  return el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, strokes('tick', ticks), ...labels);
}
