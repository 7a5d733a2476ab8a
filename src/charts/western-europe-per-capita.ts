/**
 * Regional shifts: ICSR's January 2015 estimates for the 14 Western European countries, per
 * million inhabitants (every rate a ceiling, "up to") as sorted bars, and the country totals
 * beside them: a dot for a single estimate, a range bar where ICSR gave a range. The narrow
 * drawing gives the totals as a column of text.
 */
import { scaleLinear } from 'd3';
import type { Dataset } from '../data/dataset';
import { formatNumber } from '../data/format';
import { figureFields, type FigureFields } from './figure-row';
import { CANVAS, chartFrame } from './frame';
import { textWidth } from './labels';
import { hit, mark } from './marks';
import { el, r, label } from './svg';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';

export interface PerCapitaRow {
  country: string;
  rate: FigureFields;
  total: FigureFields;
}

export function perCapitaRows(data: Dataset): PerCapitaRow[] {
  return [...data.figures.values()]
    .filter((f) => f.series === 'icsr-2015-per-million')
    .map((f) => {
      const id = f.countries[0] ?? '';
      return {
        country: data.countries.get(id)?.name ?? id,
        rate: figureFields(data, f.id, 'western-europe-per-capita', 'value'),
        total: figureFields(data, `icsr-2015-${id}`, 'western-europe-per-capita', 'number'),
      };
    })
    .sort((a, b) => (b.rate.value ?? 0) - (a.rate.value ?? 0) || a.country.localeCompare(b.country, 'en'));
}

/** "500–600" or "1,200": a total as the table and the narrow drawing write it. */
export function totalText(t: FigureFields): string {
  return t.value !== undefined ? formatNumber(t.value) : `${formatNumber(t.low ?? 0)}–${formatNumber(t.high ?? 0)}`;
}

/** Narrow: each country's name and total on a line above its bar; wide: one line per country. */
const SIZES = {
  narrow: { ...CANVAS.narrow, row: 42 },
  wide: { ...CANVAS.wide, row: 27 },
} as const;

export interface PerCapitaMark {
  row: PerCapitaRow;
  /** Centre line of the bar. */
  y: number;
  /** Baseline of the country's name. */
  nameY: number;
  rateX1: number;
  /** Totals: dot or range on their own scale (wide), or text only (narrow). */
  totalX0: number;
  totalX1: number;
}

export interface PerCapitaLayout {
  width: number;
  height: number;
  font: number;
  layout: ChartLayout;
  nameWidth: number;
  rate: ReturnType<typeof scaleLinear<number>>;
  total: ReturnType<typeof scaleLinear<number>> | undefined;
  headerY: number;
  marks: PerCapitaMark[];
}

export function layoutPerCapita(rows: PerCapitaRow[], layout: ChartLayout): PerCapitaLayout {
  const { width, font, row } = SIZES[layout];
  const lh = font * 1.25;
  const maxRate = Math.max(...rows.map((d) => d.rate.value ?? 0), 1);
  const maxTotal = Math.max(...rows.map((d) => d.total.high ?? d.total.value ?? 0), 1);
  // Column widths from the longest text each holds (estimated), so nothing collides.
  const name = layout === 'wide' ? Math.max(...rows.map((d) => textWidth(d.country, font, true))) + 10 : 0;
  const rateLabel = Math.max(...rows.map((d, i) => textWidth(rateText(d, i === 0), font, true))) + 8;
  const totalLabel = Math.max(...rows.map((d) => textWidth(totalText(d.total), font)));
  // Wide: the totals on a scale of their own in the right third; narrow: a column of text.
  const rateEnd = layout === 'wide' ? name + (width - name) * 0.5 - rateLabel : width - rateLabel;
  const rate = scaleLinear().domain([0, maxRate]).range([name, rateEnd]);
  const total =
    layout === 'wide'
      ? scaleLinear()
          .domain([0, maxTotal])
          .range([rateEnd + rateLabel + 24, width - totalLabel - 10])
      : undefined;
  const headerY = font + 2 * lh;
  const top = headerY + 14;
  const marks = rows.map((d, i) => {
    // The bar's centre line; in the narrow drawing the name sits above it.
    const y = layout === 'wide' ? top + i * row + row / 2 : top + i * row + lh + 8;
    const low = d.total.low ?? d.total.value ?? 0;
    const high = d.total.high ?? d.total.value ?? 0;
    return {
      row: d,
      y,
      nameY: layout === 'wide' ? y + font * 0.35 : y - 8 - font * 0.3,
      rateX1: rate(d.rate.value ?? 0),
      totalX0: total ? total(low) : width,
      totalX1: total ? total(high) : width,
    };
  });
  return { width, height: top + rows.length * row + 8, font, layout, nameWidth: name, rate, total, headerY, marks };
}

/** The first bar carries the hedge in words; the header carries it for the rest. */
function rateText(d: PerCapitaRow, first: boolean): string {
  const v = formatNumber(d.rate.value ?? 0);
  return first ? `up to ${v}` : v;
}

function drawRow(m: PerCapitaMark, i: number, L: PerCapitaLayout): string {
  const { font } = L;
  const bar = L.layout === 'wide' ? 14 : 12;
  const { rate, total, country } = m.row;
  const rateMark = mark(
    {
      label: `${country}: up to ${formatNumber(rate.value ?? 0)} foreign fighters per million inhabitants (ICSR, January 2015).`,
      href: rate.href,
    },
    el('rect', { class: 'bar--c1', x: L.nameWidth, y: m.y - bar / 2, width: Math.max(m.rateX1 - L.nameWidth, 1), height: bar }),
    label(m.rateX1 + 5, m.y + font * 0.35, rateText(m.row, i === 0), { class: 'value-label' }),
    hit(0, m.y - 12, m.rateX1 + 40, 24),
  );
  const totalWords = totalText(total);
  const totalInfo = {
    label: `${country}: ${total.value !== undefined ? '' : 'between '}${totalWords.replace('–', ' and ')} foreign fighters in total (ICSR, January 2015).`,
    href: total.href,
  };
  let totalMark: string;
  if (L.total) {
    const isRange = total.value === undefined;
    const shape = isRange
      ? el('path', {
          class: 'range stroke--c2',
          d: `M${r(m.totalX0)} ${r(m.y - 5)}v10M${r(m.totalX0)} ${r(m.y)}H${r(m.totalX1)}M${r(m.totalX1)} ${r(m.y - 5)}v10`,
        })
      : el('circle', { class: 'dot--c2', cx: m.totalX0, cy: m.y, r: 4.5 });
    totalMark = mark(
      totalInfo,
      shape,
      label(m.totalX1 + 8, m.y + font * 0.35, totalWords),
      hit(m.totalX0 - 8, m.y - 12, m.totalX1 - m.totalX0 + 16 + textWidth(totalWords, font), 24),
    );
  } else {
    totalMark = mark(
      totalInfo,
      label(L.width, m.nameY, totalWords, { 'text-anchor': 'end' }),
      hit(L.width - textWidth(totalWords, font) - 4, m.nameY - font, textWidth(totalWords, font) + 4, font + 6),
    );
  }
  return [label(0, m.nameY, country, { class: i === 0 ? 'strong' : undefined, 'aria-hidden': 'true' }), rateMark, totalMark].join(
    '',
  );
}

export function renderPerCapita(rows: PerCapitaRow[], options: RenderOptions): string {
  const L = layoutPerCapita(rows, options.layout);
  const { font, headerY } = L;
  const lh = font * 1.25;
  const wide = options.layout === 'wide';
  const totalsX = L.total ? (L.total.range()[0] ?? 0) : L.width;
  const header = el(
    'g',
    { 'aria-hidden': 'true' },
    label(L.nameWidth, headerY - lh, wide ? 'Fighters per million' : 'Per million inhabitants,', { class: 'strong' }),
    label(L.nameWidth, headerY, wide ? 'inhabitants, up to' : 'up to', { class: 'muted' }),
    label(totalsX, headerY - lh, wide ? 'Fighters in all' : 'In all', {
      class: 'strong',
      'text-anchor': wide ? 'start' : 'end',
    }),
    label(totalsX, headerY, wide ? 'dot or range' : 'estimated', { class: 'muted', 'text-anchor': wide ? 'start' : 'end' }),
  );
  const last = L.marks[L.marks.length - 1];
  const axis = el('line', {
    class: 'baseline',
    x1: L.nameWidth,
    x2: L.nameWidth,
    y1: (L.marks[0]?.y ?? 0) - (wide ? 12 : 8),
    y2: (last?.y ?? 0) + (wide ? 12 : 8),
    'aria-hidden': 'true',
  });
  const totalAxis =
    L.total &&
    el('line', {
      class: 'baseline',
      x1: totalsX,
      x2: totalsX,
      y1: (L.marks[0]?.y ?? 0) - 12,
      y2: (last?.y ?? 0) + 12,
      'aria-hidden': 'true',
    });
  const body = [header, axis, totalAxis ?? '', el('g', { class: 'marks' }, ...L.marks.map((m, i) => drawRow(m, i, L)))].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

export const westernEuropePerCapita: ChartSpec<PerCapitaRow> = {
  id: 'western-europe-per-capita',
  rows: perCapitaRows,
  columns: [
    { label: 'Country', value: (d) => d.country },
    { label: 'Per million inhabitants (up to)', value: (d) => d.rate.value ?? '', numeric: true },
    { label: 'Fighters in all', value: (d) => totalText(d.total), numeric: true },
    { label: 'Period', value: (d) => d.rate.period },
    { label: 'Stated by', value: (d) => d.rate.who },
    { label: 'Published in', value: (d) => d.rate.where },
  ],
  figureOf: (d) => d.rate.figure,
  render: renderPerCapita,
};
