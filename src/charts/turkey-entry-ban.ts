/**
 * Causes: Turkey's no-entry list and deportations, as running totals on the days they were
 * announced. Only the announced points are drawn: nobody published the totals in between, so
 * no line joins them. Beside them, the article's two claims, which no Turkish statement
 * confirms, drawn dashed: fewer than 5,000 names in 2014 (a ceiling over 2014, visibly below
 * totals announced in June 2014 and January 2015) and more than 40,000 added in the 18 months
 * before it (a bracket over that window); and this site's own difference between the February
 * 2015 and June 2016 totals, a dashed bracket.
 */
import type { Dataset } from '../data/dataset';
import { formatNumber } from '../data/format';
import { shortDate, yGrid, yearAxis } from './axis';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { chartFrame } from './frame';
import { hit, mark, valueLabel } from './marks';
import { el, r, label } from './svg';
import { layoutTurkey, type TurkeyLayout, type TurkeyPoint } from './turkey-entry-ban-layout';
import type { ChartSpec, RenderOptions } from './types';

export type TurkeyRole = 'ban' | 'deportation' | 'ceiling' | 'window' | 'growth';

/** The article's claims and this site's check of them, drawn beside the announced totals. */
const CLAIMS: { id: string; role: TurkeyRole }[] = [
  { id: 'turkey-no-entry-2014', role: 'ceiling' },
  { id: 'turkey-no-entry-added', role: 'window' },
  { id: 'turkey-entry-ban-growth', role: 'growth' },
];

export interface TurkeyRow extends FigureFields {
  role: TurkeyRole;
  /** For this site's arithmetic (growth): the figures it is calculated from, in order. */
  inputs?: string[];
}

export function turkeyRows(data: Dataset): TurkeyRow[] {
  const series = (name: string, role: TurkeyRole) =>
    [...data.figures.values()]
      .filter((f) => f.series === name)
      .sort((a, b) => a.asOf.localeCompare(b.asOf, 'en'))
      .map((f) => ({ ...figureFields(data, f.id, 'turkey-entry-ban', 'value'), role }));
  return [
    ...series('turkey-entry-ban', 'ban'),
    ...series('turkey-deportations', 'deportation'),
    ...CLAIMS.map((c) => ({
      ...figureFields(data, c.id, 'turkey-entry-ban'),
      role: c.role,
      inputs: data.figures.get(c.id)?.derived?.from,
    })),
  ];
}

function describe(row: TurkeyRow): string {
  const by = row.said;
  switch (row.role) {
    case 'ban':
      return `Barred from entering Turkey, running total: ${row.text}, announced ${row.stated} by ${by}.`;
    case 'deportation':
      return `Deported from Turkey, running total: ${row.text} (${row.period}), announced ${row.stated} by ${by}.`;
    case 'growth':
      return `Our calculation: the announced total rose by ${row.short} between February 2015 and June 2016.`;
    default:
      return `The article's claim, not confirmed by any Turkish statement: ${row.text}, ${row.period}.`;
  }
}

function drawPoint(p: TurkeyPoint): string {
  const shape =
    p.row.role === 'ban'
      ? el('circle', { class: 'dot--c1', cx: p.x, cy: p.y, r: 5 })
      : el('rect', { class: 'dot--c2', x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9 });
  return mark({ label: describe(p.row), href: p.row.href }, shape, hit(p.x - 8, p.y - 12, 16, 24));
}

function drawClaims(L: TurkeyLayout): { marks: string[]; labels: string[] } {
  const lh = L.font * 1.25;
  const marks: string[] = [];
  const labels: string[] = [];
  const { window: w, ceiling: c, growth: g } = L;
  if (w) {
    marks.push(
      mark(
        { label: describe(w.row), href: w.row.href },
        el('path', { class: 'claim', d: `M${r(w.x0 + 1)} ${r(w.y + 8)}V${r(w.y)}H${r(w.x1 - 1)}V${r(w.y + 8)}` }),
        hit(w.x0, w.y - 8, w.x1 - w.x0, 20),
      ),
    );
    labels.push(label(w.x0 + 2, w.y - 6 - (w.lines.length - 1) * lh, w.lines, { class: 'muted' }));
  }
  if (c) {
    marks.push(
      mark(
        { label: describe(c.row), href: c.row.href },
        el('line', { class: 'claim', x1: c.x0, x2: c.x1, y1: c.y, y2: c.y }),
        hit(c.x0, c.y - 8, c.x1 - c.x0, 16),
      ),
    );
    const bottom = c.labelY + (c.lines.length - 1) * lh;
    labels.push(
      label(c.x0 + 2, c.labelY, c.lines, { class: 'muted halo' }),
      el('line', { class: 'leader', x1: c.x0 + 10, x2: c.x0 + 10, y1: bottom + 6, y2: c.y - 4 }),
    );
  }
  if (g) {
    marks.push(
      el('line', { class: 'ref-line', x1: g.base + 8, x2: g.x, y1: g.y1, y2: g.y1, 'aria-hidden': 'true' }),
      mark(
        { label: describe(g.row), href: g.row.href },
        el('path', { class: 'derived stroke--c1', d: `M${r(g.x - 6)} ${r(g.y0)}H${r(g.x)}V${r(g.y1)}H${r(g.x - 6)}` }),
        hit(g.x - 8, g.y0, 16, g.y1 - g.y0),
      ),
    );
    const mid = (g.y0 + g.y1) / 2 - ((g.lines.length - 2) * lh) / 2;
    labels.push(label(g.x + 6, mid, g.lines, { class: 'muted halo' }));
  }
  return { marks, labels };
}

export function renderTurkey(rows: TurkeyRow[], options: RenderOptions): string {
  const L = layoutTurkey(rows, options.layout);
  const { font, plotLeft, width } = L;
  const lh = font * 1.25;
  const tick = (n: number) => formatNumber(n / L.tickUnit);
  const titles = el(
    'g',
    { 'aria-hidden': 'true' },
    ...L.titles.flatMap((t) => [
      label(0, t.y, t.lines[0] ?? '', { class: 'strong' }),
      label(0, t.y + lh, t.lines.slice(1), { class: 'muted' }),
    ]),
  );
  const grid = [
    yGrid(L.bans.y, { x0: plotLeft, x1: width, count: L.ticks.bans, format: tick, gutter: plotLeft, font }),
    yGrid(L.deportations.y, { x0: plotLeft, x1: width, count: L.ticks.deportations, format: tick, gutter: plotLeft, font }),
    yearAxis(L.x, L.years[0], L.years[1], L.deportations.baseline, font),
  ].join('');
  const marker = el(
    'g',
    { 'aria-hidden': 'true' },
    el('line', { class: 'marker-line', x1: L.article, x2: L.article, y1: L.bans.top - 14, y2: L.deportations.baseline }),
    label(L.articleLabel.x, L.articleLabel.y, L.articleLabel.lines, { class: 'muted' }),
  );
  const claims = drawClaims(L);
  const body = [
    titles,
    grid,
    marker,
    el('g', { 'aria-hidden': 'true' }, ...claims.labels, ...L.labels.map((l) => valueLabel(l, font))),
    el('g', { class: 'marks' }, ...claims.marks, ...L.bans.points.map(drawPoint), ...L.deportations.points.map(drawPoint)),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

const SERIES_LABEL: Record<TurkeyRole, string> = {
  ban: 'Barred from entry',
  deportation: 'Deported',
  ceiling: 'Article’s claim',
  window: 'Article’s claim',
  growth: 'This site’s arithmetic',
};

export const turkeyEntryBan: ChartSpec<TurkeyRow> = {
  id: 'turkey-entry-ban',
  rows: turkeyRows,
  columns: [
    { label: 'Series', value: (d) => SERIES_LABEL[d.role] },
    { label: 'Announced', value: (d) => shortDate(d.asOf) },
    { label: 'Figure', value: (d) => d.text },
    { label: 'Period', value: (d) => d.period },
    ...attributionColumns(),
  ],
  figureOf: (d) => d.figure,
  render: renderTurkey,
};
