/**
 * Panels stacked down one drawing over a shared time axis (al-hol-population, running-totals):
 * each is its title, then its plot with a value scale of its own from zero to its highest value.
 * The tick numbers of all the panels share one gutter at the left, as wide as the widest needs;
 * the time axis runs over the whole years the given dates fall in, its ticks under the last panel.
 */
import type { ScaleLinear } from 'd3';
import { formatNumber } from '../data/format';
import { valueScale, yGrid } from './axis';
import { textWidth } from './labels';
import { el, label } from './svg';
import { yearScale, yearsCovering, yearTicks, type YearScale, type YearTick } from './year-ticks';

export interface PanelSpec<N extends string> {
  name: N;
  /** The title's lines, the first `strong` of them bold. */
  title: string[];
  strong: number;
  /** The plot's height. */
  height: number;
  highest: number;
  /** Gridlines asked of the scale. */
  ticks: number;
  /** Tick numbers are the value divided by this (1000 to keep a narrow drawing's gutter narrow). */
  unit: number;
}

export interface PanelFrame<N extends string> extends Omit<PanelSpec<N>, 'height' | 'highest'> {
  /** First baseline of the title. */
  titleY: number;
  top: number;
  baseline: number;
  y: ScaleLinear<number, number>;
}

/** What the stacked panels' charts share: the plots' edges and the time axis. */
export interface TimePlot {
  /** Left edge of the plots; tick numbers are right-aligned in the gutter left of it. */
  plotLeft: number;
  plotRight: number;
  x: YearScale;
  years: [number, number];
  /** Under the last panel: a tick at each year's start, and the years' labels. */
  yearTicks: YearTick[];
}

/** A stacked-panel chart's layout: the drawing, its time axis and its panels. */
export interface StackedLayout<P> extends TimePlot {
  width: number;
  height: number;
  font: number;
  panels: P[];
}

/** Lays the panels out top to bottom, finds the gutter their tick numbers need, and the time axis over `dates`. */
export function stackPanels<N extends string>(
  specs: PanelSpec<N>[],
  options: { font: number; width: number; dates: Date[] },
): TimePlot & { frames: PanelFrame<N>[] } {
  const { font, width, dates } = options;
  const lh = font * 1.25;
  let cursor = font;
  const frames = specs.map(({ height, highest, ...spec }) => {
    const titleY = cursor;
    const top = titleY + (spec.title.length - 1) * lh + lh;
    const baseline = top + height;
    const y = valueScale(highest, [baseline, top], lh);
    cursor = baseline + lh * 2.2;
    return { ...spec, titleY, top, baseline, y };
  });
  const widest = Math.max(...frames.flatMap((f) => f.y.ticks(f.ticks).map((t) => textWidth(formatNumber(t / f.unit), font))));
  const plotLeft = widest + 10;
  const plotRight = width - 4;
  const years = yearsCovering(dates);
  const x = yearScale(years, [plotLeft, plotRight]);
  return { frames, plotLeft, plotRight, x, years, yearTicks: yearTicks(x, years, font) };
}

/** A panel's title, its gridlines with their numbers in the gutter, and its baseline. */
export function drawPanelFrame(p: PanelFrame<string>, plot: { plotLeft: number; plotRight: number; font: number }): string {
  const { plotLeft, plotRight, font } = plot;
  const lh = font * 1.25;
  return [
    el(
      'g',
      { 'aria-hidden': 'true' },
      label(0, p.titleY, p.title.slice(0, p.strong), { class: 'strong' }),
      label(0, p.titleY + p.strong * lh, p.title.slice(p.strong), { class: 'muted' }),
    ),
    yGrid(p.y, {
      x0: plotLeft,
      x1: plotRight,
      count: p.ticks,
      format: (n) => formatNumber(n / p.unit),
      gutter: plotLeft,
      font,
    }),
    el('line', { class: 'baseline', x1: plotLeft, x2: plotRight, y1: p.baseline, y2: p.baseline }),
  ].join('');
}
