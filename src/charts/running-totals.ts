/**
 * What came after: where the estimates went. The successive global counts of foreigners who had
 * gone to Syria and Iraq, 2014 to 2019 (the Soufan Group and Center, ICSR, U.S. intelligence, the
 * UN), each at the date it counted to and coloured by who made it, a range as a range; below, on
 * the same time axis, the monthly inflow as U.S. officials estimated it and the words later
 * sources used once it had stopped. Running totals keep everyone who ever went, the dead and the
 * returned included, so they went on rising after the flow collapsed; the counts also differ in
 * scope (fighters or every affiliate, the Islamic State or every group), which the notes say.
 * No line joins the totals: they are different sources' counts, not one series.
 */
import type { Dataset } from '../data/dataset';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { chartFrame } from './frame';
import { drawLegend } from './legend';
import { hit, mark, valueLabel } from './marks';
import { layoutTotals, type TotalsLayout, type TotalsMark } from './running-totals-layout';
import { drawPanelFrame } from './stacked-panels';
import { el, label, r } from './svg';
import type { ChartSpec, RenderOptions } from './types';
import { drawYearTicks } from './year-ticks';

/** The article's own event: marked on the time axis. */
const ARTICLE_EVENT = 'article-published';

/** The monthly flow, and the words for it once it had stopped. */
export const FLOW_FIGURES = [
  'peak-monthly-flow',
  'pentagon-monthly-flow-2016-04',
  'current-monthly-flow',
  'soufan-flow-standstill-2017',
  'un-monitors-flow-halt-2018',
] as const;

/** Who made a count, as the drawing groups them: each is a colour and a shape. */
export type SourceKey = 'soufan' | 'icsr' | 'us' | 'un' | 'other';
const SOURCE_OF: Record<string, { key: SourceKey; tag: string }> = {
  'soufan-group': { key: 'soufan', tag: 'Soufan' },
  icsr: { key: 'icsr', tag: 'ICSR' },
  odni: { key: 'us', tag: 'U.S. intelligence' },
  'us-intelligence': { key: 'us', tag: 'U.S. intelligence' },
  gersten: { key: 'us', tag: 'Pentagon' },
  voronkov: { key: 'un', tag: 'UN' },
  'un-monitoring-team': { key: 'un', tag: 'UN monitors' },
};

export interface TotalsRow extends FigureFields {
  role: 'total' | 'flow';
  source: SourceKey;
  /** Who made it, in a word or two. */
  tag: string;
  /** The day the article was published, marked on the axis. */
  articleDay: string | undefined;
}

export function totalsRows(data: Dataset): TotalsRow[] {
  const articleDay = data.events.get(ARTICLE_EVENT)?.date;
  const row = (id: string, role: TotalsRow['role']): TotalsRow => {
    const f = figureFields(data, id, 'running-totals', role === 'total' ? 'number' : 'any');
    const by = data.figures.get(id)?.assertedBy ?? '';
    const party = data.parties.get(by);
    const shortest = [party?.name ?? f.who, ...(party?.aliases ?? [])].reduce((a, b) => (b.length < a.length ? b : a));
    const source = SOURCE_OF[by] ?? { key: 'other', tag: shortest };
    return { ...f, role, source: source.key, tag: source.tag, articleDay };
  };
  const totals = [...data.figures.values()]
    .filter((f) => f.series === 'global-cumulative-total')
    .sort((a, b) => (a.period.to ?? a.asOf).localeCompare(b.period.to ?? b.asOf, 'en'))
    .map((f) => row(f.id, 'total'));
  return [...totals, ...FLOW_FIGURES.map((id) => row(id, 'flow'))];
}

const SOURCE_CLASS: Record<SourceKey, string> = { soufan: 'c1', icsr: 'c2', us: 'c3', un: 'c5', other: 'c4' };

/** A source's marker: Soufan a circle, ICSR a square, U.S. intelligence a diamond, the UN a triangle. */
function marker(key: SourceKey, x: number, y: number): string {
  const cls = `dot--${SOURCE_CLASS[key]}`;
  switch (key) {
    case 'icsr':
      return el('rect', { class: cls, x: x - 4.5, y: y - 4.5, width: 9, height: 9 });
    case 'us':
      return el('path', { class: cls, d: `M${r(x)} ${r(y - 6)}l6 6-6 6-6-6z` });
    case 'un':
      return el('path', { class: cls, d: `M${r(x)} ${r(y - 6)}l6 10.5h-12z` });
    default:
      return el('circle', { class: cls, cx: x, cy: y, r: 5 });
  }
}

function describe(row: TotalsRow): string {
  const by = row.said;
  if (row.role === 'total') return `Foreigners who had gone, ${row.period}: ${row.text}, by ${by}.`;
  return `Foreign recruits arriving, ${row.period}: ${row.text}. ${by}.`;
}

function drawMark(m: TotalsMark): string {
  const { row } = m;
  const info = { label: describe(row), href: row.href };
  if (row.low !== undefined) {
    // A range, as a range: a bar from the low to the high end, with caps.
    const cls = `stroke--${SOURCE_CLASS[row.source]}`;
    return mark(
      info,
      el('line', { class: `range ${cls}`, x1: m.x, x2: m.x, y1: m.y0, y2: m.y1 }),
      el('line', { class: `range ${cls}`, x1: m.x - 5, x2: m.x + 5, y1: m.y0, y2: m.y0 }),
      el('line', { class: `range ${cls}`, x1: m.x - 5, x2: m.x + 5, y1: m.y1, y2: m.y1 }),
      hit(m.x - 8, m.y1 - 4, 16, m.y0 - m.y1 + 8),
    );
  }
  if (m.x1 - m.x0 > 1) {
    // The undated peak: a span over the years other sources place it in.
    return mark(
      info,
      el('line', { class: 'span', x1: m.x0, x2: m.x1, y1: m.y, y2: m.y }),
      el('line', { class: 'span-cap', x1: m.x0, x2: m.x0, y1: m.y - 6, y2: m.y + 6 }),
      el('line', { class: 'span-cap', x1: m.x1, x2: m.x1, y1: m.y - 6, y2: m.y + 6 }),
      hit(m.x0 - 2, m.y - 10, m.x1 - m.x0 + 4, 20),
    );
  }
  return mark(info, marker(row.source, m.x, m.y), hit(m.x - 9, m.y - 10, 18, 20));
}

function drawWords(L: TotalsLayout): string {
  const flow = L.panels[1];
  return L.words
    .map((w) =>
      mark(
        { label: describe(w.row), href: w.row.href },
        el('line', { class: 'leader', x1: w.x, x2: w.x, y1: w.y, y2: flow?.baseline ?? 0 }),
        hit(w.x - 6, w.y - 4, 12, (flow?.baseline ?? 0) - w.y + 4),
      ),
    )
    .join('');
}

export function renderTotals(rows: TotalsRow[], options: RenderOptions): string {
  const L = layoutTotals(rows, options.layout, rows[0]?.articleDay);
  const { font } = L;
  const first = L.panels[0];
  const last = L.panels[L.panels.length - 1];
  const panels = L.panels.map((p) => drawPanelFrame(p, L));
  const article =
    L.article && first && last
      ? el(
          'g',
          { 'aria-hidden': 'true' },
          el('line', { class: 'marker-line', x1: L.article.x, x2: L.article.x, y1: first.top - font, y2: last.baseline }),
          label(L.article.x + 4, first.top - 4, L.article.label, { class: 'muted' }),
        )
      : '';
  const legend = drawLegend(
    L.legend.map((c) => ({
      ...c,
      swatch: c.key === 'range' ? el('line', { class: 'range stroke--c1', x1: 6, x2: 6, y1: -14, y2: 2 }) : marker(c.key, 6, -5),
    })),
    'muted',
  );
  const body = [
    ...panels,
    last ? drawYearTicks(L.yearTicks, last.baseline, font) : '',
    article,
    el('g', { 'aria-hidden': 'true' }, ...L.labels.map((l) => valueLabel(l, font)), legend),
    el('g', { class: 'marks' }, ...L.panels.flatMap((p) => p.marks.map(drawMark)), drawWords(L)),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

export const runningTotals: ChartSpec<TotalsRow> = {
  id: 'running-totals',
  rows: totalsRows,
  columns: [
    { label: 'Series', value: (d) => (d.role === 'total' ? 'Running total' : 'Monthly flow') },
    { label: 'Counted to', value: (d) => d.period },
    { label: 'Figure', value: (d) => d.text },
    ...attributionColumns(),
  ],
  figureOf: (d) => d.figure,
  render: renderTotals,
};
