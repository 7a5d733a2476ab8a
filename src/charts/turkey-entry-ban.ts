/**
 * Causes: Turkey's no-entry list and deportations, as running totals on the days they were
 * announced. Only the announced points are drawn: nobody published the totals in between, so
 * no line joins them. Beside them, the article's two claims, which no Turkish statement
 * confirms, drawn dashed: fewer than 5,000 names in 2014 (a ceiling over 2014, visibly below
 * totals announced in June 2014 and January 2015) and more than 40,000 added in the 18 months
 * before it (a bracket over that window); and this site's own difference between the February
 * 2015 and June 2016 totals, a dashed bracket.
 */
import { scaleLinear, scaleUtc } from 'd3';
import type { Dataset } from '../data/dataset';
import { formatNumber } from '../data/format';
import { midDate, shortDate, toDate, yGrid, yearAxis } from './axis';
import { figureFields, kindLabel, type FigureFields } from './figure-row';
import { CANVAS, chartFrame } from './frame';
import { placeLabels, wrap, type PlacedLabel } from './labels';
import { fitLabel, hit, mark } from './marks';
import { el, r, label } from './svg';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';

export type TurkeyRole = 'ban' | 'deportation' | 'ceiling' | 'window' | 'growth';

/** The article's claims and this site's check of them, drawn beside the announced totals. */
const CLAIMS: { id: string; role: TurkeyRole }[] = [
  { id: 'turkey-no-entry-2014', role: 'ceiling' },
  { id: 'turkey-no-entry-added', role: 'window' },
  { id: 'turkey-entry-ban-growth', role: 'growth' },
];

/** Totals with a value label; the others are drawn and explorable, and listed in the table. */
const LABELLED = new Set([
  'turkey-entry-ban-2014-06',
  'turkey-entry-ban-2015-02',
  'turkey-entry-ban-2015-12',
  'turkey-entry-ban-2016-06',
  'turkey-entry-ban-2017-07',
  'turkey-deportations-2014-06',
  'turkey-deportations-2015-12',
  'turkey-deportations-2016-06',
  'turkey-deportations-2017-07',
]);

/** The article's publication day, marked on both panels: the end of its 18-month window. */
export const ARTICLE_DATE = '2016-09-09';

export interface TurkeyRow extends FigureFields {
  role: TurkeyRole;
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
    ...CLAIMS.map((c) => ({ ...figureFields(data, c.id, 'turkey-entry-ban'), role: c.role })),
  ];
}

/** The narrow drawing counts its scale in thousands, to keep a gutter for the tick labels. */
const SIZES = {
  narrow: { ...CANVAS.narrow, gutter: 24, top: 230, bottom: 110, gap: 84, unit: 1000 },
  wide: { ...CANVAS.wide, gutter: 66, top: 250, bottom: 120, gap: 84, unit: 1 },
} as const;

/** The day a total was announced (the middle of the month when only the month is known). */
const when = (d: TurkeyRow) => (d.asOf.length > 7 ? toDate(d.asOf) : midDate(d.asOf));

export interface TurkeyPoint {
  row: TurkeyRow;
  x: number;
  y: number;
}

export interface TurkeyLayout {
  width: number;
  height: number;
  font: number;
  /** Left edge of the plots; tick labels sit in the gutter left of it. */
  plotLeft: number;
  x: ReturnType<typeof scaleUtc<number>>;
  bans: { y: ReturnType<typeof scaleLinear<number>>; title: string[]; top: number; baseline: number; points: TurkeyPoint[] };
  deportations: {
    y: ReturnType<typeof scaleLinear<number>>;
    title: string[];
    top: number;
    baseline: number;
    points: TurkeyPoint[];
  };
  /** Value labels; px, py: the point labelled, for a leader when the label had to move. */
  labels: (PlacedLabel & { row: TurkeyRow; px: number; py: number })[];
  /** The 18-month window: a bracket in the strip above the plot, its label above it. */
  window: { row: TurkeyRow; x0: number; x1: number; y: number; lines: string[] } | undefined;
  /** The 2014 ceiling: a dashed line at its height, its label in the empty space above. */
  ceiling: { row: TurkeyRow; x0: number; x1: number; y: number; lines: string[]; labelY: number } | undefined;
  growth: { row: TurkeyRow; x: number; y0: number; y1: number; lines: string[]; base: number } | undefined;
  article: number;
}

/** "more than 5,300" → ["more than", "5,300"]: a hedge on its own line keeps labels narrow. */
function valueLines(d: TurkeyRow): string[] {
  const m = /^(.*\D) (\d[\d,.]*)$/.exec(d.short);
  return m ? [m[1] ?? '', m[2] ?? ''] : [d.short];
}

export function layoutTurkey(rows: TurkeyRow[], layout: ChartLayout): TurkeyLayout {
  const { width, font, gutter, top, bottom, gap } = SIZES[layout];
  const lh = font * 1.25;
  const x = scaleUtc()
    .domain([new Date(Date.UTC(2014, 0, 1)), new Date(Date.UTC(2018, 0, 1))])
    .range([gutter, width]);
  const article = x(toDate(ARTICLE_DATE));
  const role = (name: TurkeyRole) => rows.find((d) => d.role === name);
  const windowRow = role('window');
  const windowX0 = windowRow ? x(toDate(windowRow.from)) : 0;
  const windowLines = windowRow ? wrap(`Article: ${windowRow.short} added in these 18 months`, width - windowX0, font) : [];
  const thousands = SIZES[layout].unit === 1000 ? ' in thousands' : '';
  const bansTitle = [
    'Barred from entering Turkey',
    ...wrap(`running totals${thousands}, on the days they were announced`, width, font),
  ];
  const depTitle = ['Deported from Turkey', ...wrap(`running totals${thousands}, on a scale of their own`, width, font)];
  // The first panel: its title, the strip with the window's label and bracket, then the plot.
  const bracketY = bansTitle.length * lh + 8 + windowLines.length * lh;
  const bansTop = bracketY + 16;
  const bansBase = bansTop + top;
  const bansY = scaleLinear()
    .domain([0, 60000])
    .range([bansBase, bansTop + lh]);
  const depTop = bansBase + gap + (depTitle.length - 2) * lh;
  const depBase = depTop + bottom;
  const depY = scaleLinear()
    .domain([0, 5000])
    .range([depBase, depTop + lh]);
  const point = (row: TurkeyRow, y: typeof bansY): TurkeyPoint => ({ row, x: x(when(row)), y: y(row.value ?? 0) });
  const bans = rows.filter((d) => d.role === 'ban').map((d) => point(d, bansY));
  const deportations = rows.filter((d) => d.role === 'deportation').map((d) => point(d, depY));
  const requests = [...bans, ...deportations]
    .filter((p) => LABELLED.has(p.row.figure))
    .map((p) => {
      const lines = valueLines(p.row);
      const fit = fitLabel(p.x, lines, font, 'middle', 0, width, true);
      return { x: fit.x, y: p.y, anchor: fit.anchor, lines, row: p.row, px: p.x, py: p.y };
    });
  const labels = (['ban', 'deportation'] as const).flatMap((name) =>
    placeLabels(
      requests.filter((q) => q.row.role === name),
      font,
      12,
      3,
    ),
  );
  const ceilingRow = role('ceiling');
  const ceilingX0 = ceilingRow ? x(toDate(ceilingRow.from)) : 0;
  const ceilingLines = ceilingRow
    ? wrap(`Article: ${ceilingRow.short} names in 2014`, x(toDate('2015-04')) - ceilingX0, font)
    : [];
  const growthRow = role('growth');
  const feb2015 = bans.find((p) => p.row.figure === 'turkey-entry-ban-2015-02');
  const jun2016 = bans.find((p) => p.row.figure === 'turkey-entry-ban-2016-06');
  const growthX = (jun2016?.x ?? 0) + 12;
  return {
    width,
    height: depBase + font + 10,
    font,
    plotLeft: gutter,
    x,
    bans: { y: bansY, title: bansTitle, top: bansTop, baseline: bansBase, points: bans },
    deportations: { y: depY, title: depTitle, top: depTop, baseline: depBase, points: deportations },
    labels,
    window: windowRow && { row: windowRow, x0: windowX0, x1: article, y: bracketY, lines: windowLines },
    ceiling: ceilingRow && {
      row: ceilingRow,
      x0: ceilingX0,
      x1: x(toDate(ceilingRow.to, true)),
      y: bansY(ceilingRow.value ?? 0),
      lines: ceilingLines,
      // In the empty space over 2014, level with the 40,000 line.
      labelY: bansY(40000),
    },
    growth:
      growthRow && feb2015 && jun2016
        ? {
            row: growthRow,
            x: growthX,
            y0: jun2016.y,
            y1: feb2015.y,
            base: feb2015.x,
            lines: wrap(`${growthRow.short} more, Feb 2015 to Jun 2016 (calculated)`, width - growthX - 6, font),
          }
        : undefined,
    article,
  };
}

function describe(row: TurkeyRow): string {
  const by = `${row.who}${row.where ? ` (${row.where})` : ''}`;
  switch (row.role) {
    case 'ban':
      return `Barred from entering Turkey, running total: ${row.text}, announced ${row.stated} by ${by}.`;
    case 'deportation':
      return `Deported from Turkey, running total: ${row.text} (${row.period}), announced ${row.stated} by ${by}.`;
    case 'growth':
      return `Calculated by this site: the announced total rose by ${row.short} between February 2015 and June 2016.`;
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
  const unit = SIZES[options.layout].unit;
  const tick = (n: number) => formatNumber(n / unit);
  const depTitleY = L.deportations.top - (L.deportations.title.length - 1) * lh - lh * 0.6;
  const titles = el(
    'g',
    { 'aria-hidden': 'true' },
    label(0, font, L.bans.title[0] ?? '', { class: 'strong' }),
    label(0, font + lh, L.bans.title.slice(1), { class: 'muted' }),
    label(0, depTitleY, L.deportations.title[0] ?? '', { class: 'strong' }),
    label(0, depTitleY + lh, L.deportations.title.slice(1), { class: 'muted' }),
  );
  const grid = [
    yGrid(L.bans.y, { x0: plotLeft, x1: width, count: 3, format: tick, gutter: plotLeft, font }),
    yGrid(L.deportations.y, { x0: plotLeft, x1: width, count: 2, format: tick, gutter: plotLeft, font }),
    yearAxis(L.x, 2014, 2017, L.deportations.baseline, font),
  ].join('');
  const articleLines = options.layout === 'wide' ? ['Article, 9 Sep 2016'] : ['Article,', '9 Sep 2016'];
  const marker = el(
    'g',
    { 'aria-hidden': 'true' },
    el('line', { class: 'marker-line', x1: L.article, x2: L.article, y1: L.bans.top - 14, y2: L.deportations.baseline }),
    label(L.article + 6, L.deportations.baseline - 8 - (articleLines.length - 1) * lh, articleLines, { class: 'muted' }),
  );
  const claims = drawClaims(L);
  const valueLabels = L.labels.map((l) =>
    el(
      'g',
      {},
      l.moved ? el('line', { class: 'leader', x1: l.px, x2: l.px, y1: l.top + (l.lines.length - 1) * lh + 4, y2: l.py - 7 }) : '',
      label(l.x, l.top, l.lines, { class: 'value-label halo', 'text-anchor': l.anchor }),
    ),
  );
  const body = [
    titles,
    grid,
    marker,
    el('g', { 'aria-hidden': 'true' }, ...claims.labels, ...valueLabels),
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
    { label: 'Kind', value: (d) => kindLabel(d.kind) },
    { label: 'Stated by', value: (d) => d.who },
    { label: 'Published in', value: (d) => d.where },
  ],
  figureOf: (d) => d.figure,
  render: renderTurkey,
};
