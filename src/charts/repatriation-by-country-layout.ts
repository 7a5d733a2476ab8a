/**
 * The layout of the repatriation chart (repatriation-by-country.ts): one bar per country on one
 * scale, its parts side by side within it, the country's words to the left (wide) or above
 * (narrow), the value after the bar, a legend below.
 */
import { scaleLinear } from 'd3';
import { formatNumber } from '../data/format';
import { CANVAS } from './frame';
import { textWidth, wrap } from './labels';
import { layoutLegend, type LegendCell, type LegendItem } from './legend';
import type { RepatriationRow } from './repatriation-by-country';
import type { ChartLayout } from './types';

const SIZES = {
  narrow: { ...CANVAS.narrow, labelWidth: 0, bar: 14, legendColumns: 2 },
  wide: { ...CANVAS.wide, labelWidth: 250, bar: 16, legendColumns: 5 },
} as const;

/**
 * A total more than this many times the next largest runs past the scale's end and is drawn
 * broken (Iraq's families, in the thousands, beside the others' hundreds): a scale stretched to
 * it would flatten every other bar to a few units.
 */
export const OUTLIER = 3;
/** The room a broken bar takes past the scale's end, and the arrow of "more than". */
const BREAK = 26;
const ARROW = 8;

export interface RepatriationBar {
  total: RepatriationRow;
  parts: { row: RepatriationRow; x0: number; x1: number }[];
  families: RepatriationRow | undefined;
  country: string;
  /** The muted line under the country: whom it counts and when, wrapped. */
  detail: string[];
  labelY: number;
  /** The row's extent, for its hit area. */
  top: number;
  bottom: number;
  y: number;
  height: number;
  x0: number;
  x1: number;
  broken: boolean;
  valueX: number;
}

export interface RepatriationLayout {
  width: number;
  height: number;
  font: number;
  x: ReturnType<typeof scaleLinear<number>>;
  /** Baseline of the scale's labels. */
  scaleY: number;
  /** The scale's ticks: gridline x, and a label that stays inside the drawing. */
  ticks: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  bars: RepatriationBar[];
  legend: LegendCell<LegendItem & { kind: string }>[];
}

/** The scale's end: the largest total, unless it is an outlier; then the next largest. */
export function scaleEnd(totals: number[]): number {
  const [first = 0, second = 0] = [...totals].sort((a, b) => b - a);
  return second > 0 && first > OUTLIER * second ? second : first;
}

/** The value written after a bar: the total, and "(calculated)" when it is this site's sum. */
export function valueText(total: RepatriationRow): string {
  return `${total.short}${total.calculated ? ' (calculated)' : ''}`;
}

const tail = (row: RepatriationRow, broken: boolean) => (broken ? BREAK : 0) + (row.text.startsWith('more than') ? ARROW : 0);

export function layoutRepatriation(rows: RepatriationRow[], layout: ChartLayout): RepatriationLayout {
  const { width, font, labelWidth, bar, legendColumns } = SIZES[layout];
  const lh = font * 1.25;
  const totals = rows.filter((d) => d.role === 'total');
  const end = scaleEnd(totals.map((d) => d.value));
  const barLeft = labelWidth;
  // The scale ends where every bar and its value label still fit inside the drawing, nice()d
  // downwards by taking its ticks from the data's end.
  const texts = totals.map((t) => ({ t, broken: t.value > end, text: valueText(t) }));
  const right = Math.min(
    ...texts.map(({ t, broken, text }) => {
      const room = width - 6 - textWidth(text, font, true) - tail(t, broken) - barLeft;
      return barLeft + (room * end) / Math.min(t.value, end);
    }),
  );
  const x = scaleLinear().domain([0, end]).range([barLeft, right]);
  const scaleY = font + 2;
  const values = x.ticks(3);
  const ticks = values.map((v, i) => {
    const text = i === values.length - 1 ? `${formatNumber(v)} people` : formatNumber(v);
    const half = textWidth(text, font) / 2;
    const anchor = v === 0 ? ('start' as const) : x(v) + half > width ? ('end' as const) : ('middle' as const);
    return { x: x(v), text, anchor };
  });
  let y = scaleY + 16;
  const bars: RepatriationBar[] = texts.map(({ t, broken }) => {
    const own = rows.filter((d) => d.country === t.country && d.from === t.from && d.to === t.to);
    const families = own.find((d) => d.role === 'families');
    // Whom it counts (in how many families, where the source said), then when.
    const inFamilies = families ? ` (${families.text})` : '';
    const detail = wrap(`${t.counts}${inFamilies}; ${t.period}`, (labelWidth || width) - 10, font);
    const top = y;
    const labelY = y + font;
    const x1 = broken ? x(end) + BREAK : Math.max(x(t.value), barLeft + 1.5);
    let barY: number;
    if (labelWidth > 0) {
      // Wide: the words on the left, the bar level with the country's name.
      barY = labelY - font * 0.35 - bar / 2;
      y += Math.max((1 + detail.length) * lh, bar) + 10;
    } else {
      // Narrow: the words above the bar.
      barY = y + (1 + detail.length) * lh + 5;
      y = barY + bar + 14;
    }
    // The parts side by side, each as long as its share of the bar drawn.
    let cursor = barLeft;
    const partRows = own.filter((d) => d.role === 'men' || d.role === 'women' || d.role === 'children');
    const parts = partRows.map((row) => {
      const x0 = cursor;
      cursor = x0 + ((x1 - barLeft) * row.value) / t.value;
      return { row, x0, x1: cursor };
    });
    return {
      total: t,
      parts,
      families,
      country: t.country,
      detail,
      labelY,
      top,
      bottom: Math.max(barY + bar, labelY + detail.length * lh),
      y: barY,
      height: bar,
      x0: barLeft,
      x1,
      broken,
      valueX: x1 + (t.text.startsWith('more than') ? ARROW + 6 : 6),
    };
  });
  const legend = layoutLegend(
    [
      { swatch: '', words: 'men', kind: 'bar--c1' },
      { swatch: '', words: 'women', kind: 'bar--c2' },
      { swatch: '', words: 'children', kind: 'bar--c3' },
      { swatch: '', words: 'not split', kind: 'bar--muted' },
      { swatch: '', words: 'added up by this site', kind: 'calculated' },
    ],
    { columns: legendColumns, width, font, top: y + 10 + font, lineHeight: lh },
  );
  return { width, height: legend.bottom - font + 4, font, x, scaleY, ticks, bars, legend: legend.cells };
}
