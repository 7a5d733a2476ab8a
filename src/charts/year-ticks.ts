/**
 * Year ticks for a time axis over whole years: a tick at each year's start (and the last year's
 * end), each year's label centred on its span, every other year when four digits do not fit in
 * one (the narrow drawings of long axes). The last year is always labelled.
 */
import { scaleUtc } from 'd3';
import { textWidth } from './labels';
import { el, label, strokes } from './svg';

export interface YearTick {
  x: number;
  /** The year's label, or '' where a year is skipped (and after the last year). */
  label: string;
  labelX: number;
}

/** The whole years some dates fall in: the first and the last. */
export function yearsCovering(dates: Date[]): [number, number] {
  const years = dates.map((d) => d.getUTCFullYear());
  return [Math.min(...years), Math.max(...years)];
}

export type YearScale = ReturnType<typeof scaleUtc<number>>;

/** A time scale over whole years: from 1 January of the first to the end of the last. */
export function yearScale(years: [number, number], range: [number, number]): YearScale {
  return scaleUtc()
    .domain([new Date(Date.UTC(years[0], 0, 1)), new Date(Date.UTC(years[1] + 1, 0, 1))])
    .range(range);
}

export function yearTicks(x: (d: Date) => number, years: [number, number], font: number): YearTick[] {
  const start = (year: number) => x(new Date(Date.UTC(year, 0, 1)));
  const span = start(years[0] + 1) - start(years[0]);
  const every = span < textWidth('2000', font) + 8 ? 2 : 1;
  const ticks: YearTick[] = [];
  for (let year = years[0]; year <= years[1] + 1; year++) {
    const shown = year <= years[1] && (years[1] - year) % every === 0;
    ticks.push({ x: start(year), label: shown ? String(year) : '', labelX: start(year) + span / 2 });
  }
  return ticks;
}

/** The ticks along a baseline at y, with their labels below. */
export function drawYearTicks(ticks: YearTick[], y: number, font: number): string {
  return el(
    'g',
    { class: 'axis axis--x', 'aria-hidden': 'true' },
    strokes(
      'tick',
      ticks.map((t) => ({ x1: t.x, x2: t.x, y1: y, y2: y + 5 })),
    ),
    ...ticks.map((t) =>
      t.label ? label(t.labelX, y + font + 4, t.label, { class: 'tick-label', 'text-anchor': 'middle' }) : '',
    ),
  );
}
