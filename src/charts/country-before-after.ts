/**
 * Decline, chart 2: the fall country by country, each in the unit its own authorities used, so
 * four small panels with their own scales on one shared time axis. Every value is drawn from a
 * zero baseline: a range as a band, a rate over a period as a span, counts per period as bars,
 * and Germany's running totals as narrow bars at the month they were given. The article's words
 * for Germany ("dozens a month", "a small handful") have no numbers and no dates, so they are
 * written above the panel's plot, not placed on the time axis. Calculated values are dashed
 * outlines; Belgium's ambiguous 2016–2017 split is hatched.
 */
import type { Dataset } from '../data/dataset';
import { yearAxis } from './axis';
import { layoutDecline, line, type DeclineMark, type DeclinePanel } from './country-before-after-layout';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { chartFrame } from './frame';
import { hatchDef, hit, mark } from './marks';
import { el, r, label } from './svg';
import type { ChartSpec, RenderOptions } from './types';

/** How a row is drawn. */
export type DeclineShape = 'band' | 'span' | 'bar' | 'total' | 'words' | 'bracket';

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
    unit: 'People who had left, running total (federal police); above it, the article’s undated words',
    rows: [
      { id: 'germany-monthly-before-2016', shape: 'words' },
      { id: 'germany-monthly-2016', shape: 'words' },
      { id: 'germany-departures-2015-11', shape: 'total' },
      { id: 'germany-departures-2016-06', shape: 'total' },
      { id: 'germany-departures-nov-2015-jun-2016', shape: 'bracket' },
    ],
  },
];

export interface DeclineRow extends FigureFields {
  /** The panel: its country, and what its scale counts. */
  country: string;
  unit: string;
  shape: DeclineShape;
  /** The source's wording allows two readings: drawn hatched, with a bracket. */
  ambiguous: boolean;
  /**
   * The other reading, for an ambiguous row: the same number over every ambiguous period of its
   * panel together ("4 over 2016 and 2017 together").
   */
  together: { value: string; periods: string[] } | undefined;
}

export function declineRows(data: Dataset): DeclineRow[] {
  return DECLINE_PANELS.flatMap((p) => {
    const rows = p.rows.map((spec) => ({
      ...figureFields(data, spec.id, 'country-before-after'),
      country: p.title,
      unit: p.unit,
      shape: spec.shape,
      ambiguous: spec.ambiguous ?? false,
    }));
    const ambiguous = rows.filter((d) => d.ambiguous);
    return rows.map((d) => ({
      ...d,
      together: d.ambiguous && ambiguous.length > 1 ? { value: d.short, periods: ambiguous.map((a) => a.period) } : undefined,
    }));
  });
}

function describe(row: DeclineRow): string {
  const calc = row.kind === 'derived' ? ' Our calculation.' : '';
  const words = row.kind === 'qualitative' ? ' The article’s words, undated; no figure was given.' : '';
  const other =
    row.together &&
    ` The source’s wording could also mean ${row.together.value} over ${row.together.periods.join(' and ')} together.`;
  const ambiguous = other ?? '';
  // Undated words say so instead of the period the data places them in.
  const period = row.kind === 'qualitative' ? '' : `, ${row.period}`;
  return `${row.country}: ${row.text}${period}. ${row.said}.${calc}${words}${ambiguous}`;
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
    case 'total':
      shape = el('rect', { class: 'bar--c1', x: x0, y: y0, width: x1 - x0, height: Math.max(y1 - y0, 1.5) });
      break;
    case 'bracket':
      // Over the two totals, opening down towards them.
      shape = el('path', { class: 'derived stroke--c1', d: `M${r(x0)} ${r(y0 + 6)}V${r(y0)}H${r(x1)}V${r(y0 + 6)}` });
      break;
    case 'words':
      // The words are the mark: written in the colour of unconfirmed claims, nothing drawn.
      shape = '';
      break;
  }
  if (row.shape === 'words') {
    const { x, y, lines } = m.label;
    return mark(
      { label: describe(row), href: row.href },
      label(x, y, lines, { class: 'claim-text strong' }),
      hit(x0 - 2, y - 16, x1 - x0 + 4, lines.length * 20 + 2),
    );
  }
  const top = Math.min(y0, m.label.y - 16) - 4;
  const bottom = Math.max(y1, y0) + 8;
  return mark(
    { label: describe(row), href: row.href },
    shape,
    hit(Math.min(x0, x1) - 6, top, Math.abs(x1 - x0) + 12, bottom - top),
  );
}

function drawPanel(p: DeclinePanel, years: [number, number], font: number, hatch: string): string {
  const lh = line(font);
  const labels = p.marks
    .filter((m) => m.row.shape !== 'words')
    .map((m) => label(m.label.x, m.label.y, m.label.lines, { 'text-anchor': m.label.anchor, class: 'value-label' }));
  const notes = p.notes.map((n) =>
    [
      el('path', { class: 'bracket', d: `M${r(n.x0)} ${r(n.y + 5)}V${r(n.y)}H${r(n.x1)}V${r(n.y + 5)}` }),
      label(n.tx, n.ty, n.lines, { 'text-anchor': n.anchor, class: 'muted' }),
    ].join(''),
  );
  return el(
    'g',
    { class: 'panel' },
    el(
      'g',
      { 'aria-hidden': 'true' },
      label(p.left, p.top + font, p.title, { class: 'strong' }),
      label(p.left, p.top + font + lh, p.unitLines, { class: 'muted' }),
    ),
    yearAxis(p.x, years[0], years[1], p.baseline, font),
    el('line', { class: 'baseline', x1: p.left, x2: p.right, y1: p.baseline, y2: p.baseline }),
    el('g', { class: 'marks' }, ...p.marks.map((m) => drawMark(m, hatch))),
    el('g', { 'aria-hidden': 'true' }, ...labels, ...notes),
  );
}

export function renderDecline(rows: DeclineRow[], options: RenderOptions): string {
  const L = layoutDecline(rows, options.layout);
  const hatch = `${options.idPrefix}-hatch`;
  const body = [el('defs', {}, hatchDef(hatch)), ...L.panels.map((p) => drawPanel(p, L.years, L.font, hatch))].join('');
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body });
}

export const countryBeforeAfter: ChartSpec<DeclineRow> = {
  id: 'country-before-after',
  rows: declineRows,
  columns: [
    { label: 'Country', value: (d) => d.country },
    { label: 'Period', value: (d) => d.period },
    { label: 'Figure', value: (d) => d.text },
    ...attributionColumns(),
  ],
  figureOf: (d) => d.figure,
  render: renderDecline,
};
