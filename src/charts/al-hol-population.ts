/**
 * What came after: the population of al-Hol camp in north-east Syria, December 2018 to
 * September 2025, as dated counts from the UN, news reports and the camp's administration, and
 * the foreigners among them (neither Syrian nor Iraqi) where a count of them was published.
 * Each count is drawn at its date with its source named under it; a count for a whole year is a
 * span over that year. Consecutive counts are joined by a dotted line that the legend says is
 * only a join: nothing was published for the months between. Where one report's parts and total
 * disagree (Rudaw, April 2025), both are drawn: the stated total as a point, the sum of the
 * parts as a dashed circle (this site's arithmetic), with a bracket between them.
 */
import type { Dataset } from '../data/dataset';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { chartFrame } from './frame';
import { drawLegend } from './legend';
import { drawYearTicks } from './year-ticks';
import { hit, mark, valueLabel } from './marks';
import { layoutAlHol, type AlHolLayout, type AlHolMark, type AlHolShape } from './al-hol-population-layout';
import { drawPanelFrame } from './stacked-panels';
import { el, label, r } from './svg';
import type { ChartSpec, RenderOptions } from './types';

export type AlHolRole = 'total' | 'foreigners' | 'parts-sum';

/** The series drawn, and the one figure beside them: the sum of the parts of Rudaw's April 2025 count. */
const SERIES: { series: string; role: AlHolRole }[] = [
  { series: 'al-hol-population', role: 'total' },
  { series: 'al-hol-foreigners', role: 'foreigners' },
];
export const PARTS_SUM = 'al-hol-2025-04-parts-sum';

/**
 * Who stated each count, in the few words the drawing has room for (the table and the tooltip
 * name them in full). A party not listed here is named by its shortest alias.
 */
const SHORT_WHO: Record<string, string> = {
  moumtzis: 'UN',
  'human-rights-watch': 'HRW',
  'rojava-information-center': 'RIC',
  'associated-press': 'AP',
  'al-hol-administration': 'camp admin.',
};

export interface AlHolRow extends FigureFields {
  role: AlHolRole;
  value: number;
  /** Who stated it, in a word or two. */
  tag: string;
}

export function alHolRows(data: Dataset): AlHolRow[] {
  const row = (id: string, role: AlHolRole): AlHolRow => {
    const f = figureFields(data, id, 'al-hol-population', 'value');
    const by = data.figures.get(id)?.assertedBy ?? '';
    const party = data.parties.get(by);
    const names = party ? [party.name, ...party.aliases] : [f.who];
    const shortest = names.reduce((a, b) => (b.length < a.length ? b : a));
    return { ...f, role, value: f.value ?? 0, tag: SHORT_WHO[by] ?? shortest };
  };
  const series = SERIES.flatMap(({ series, role }) =>
    [...data.figures.values()]
      .filter((f) => f.series === series)
      .sort((a, b) => (a.period.from ?? a.asOf).localeCompare(b.period.from ?? b.asOf, 'en'))
      .map((f) => row(f.id, role)),
  );
  return [...series, row(PARTS_SUM, 'parts-sum')];
}

const ROLE_WORDS: Record<AlHolRole, string> = {
  total: 'Everyone in the camp',
  foreigners: 'Foreigners, not Syrian or Iraqi',
  'parts-sum': 'Sum of the parts given (calculated)',
};

function describe(row: AlHolRow, rows: AlHolRow[]): string {
  const by = row.said;
  if (row.role === 'parts-sum') {
    const stated = rows.find((d) => d.role === 'total' && d.from === row.from);
    return `Our calculation: the parts of the ${row.period} count (Iraqis, Syrians and others) add up to ${row.short}${stated ? `, not the ${stated.short} stated` : ''}. ${by}.`;
  }
  const whom = row.role === 'total' ? 'People living in al-Hol' : 'Foreigners in al-Hol, neither Syrian nor Iraqi';
  return `${whom}, ${row.period}: ${row.text}. ${by}.`;
}

/** A mark's shape at (x0…x1, y); the legend draws the same shapes. */
function shape(kind: AlHolShape | 'join', at: { x: number; x0: number; x1: number; y: number }, role: AlHolRole): string {
  const { x, x0, x1, y } = at;
  const colour = role === 'foreigners' ? 'c2' : 'c1';
  switch (kind) {
    case 'dot':
      return el('circle', { class: 'dot--c1', cx: x, cy: y, r: 5 });
    case 'square':
      return el('rect', { class: 'dot--c2', x: x - 4.5, y: y - 4.5, width: 9, height: 9 });
    case 'span':
      return el('rect', { class: `bar--${colour}`, x: x0, y: y - 3, width: Math.max(x1 - x0, 2), height: 6 });
    case 'sum':
      return el('circle', { class: 'derived', cx: x, cy: y, r: 5 });
    default:
      return el('line', { class: 'ref-line', x1: x0, x2: x1, y1: y, y2: y });
  }
}

function drawMark(m: AlHolMark, rows: AlHolRow[]): string {
  const w = Math.max(m.x1 - m.x0, 0);
  return mark(
    { label: describe(m.row, rows), href: m.row.href },
    shape(m.shape, m, m.row.role),
    hit(m.x0 - 8, m.y - 10, w + 16, 20),
  );
}

const SWATCH: Record<AlHolShape | 'join', { x: number; x0: number; x1: number; role: AlHolRole }> = {
  dot: { x: 6, x0: 6, x1: 6, role: 'total' },
  square: { x: 6, x0: 6, x1: 6, role: 'foreigners' },
  span: { x: 8, x0: 0, x1: 16, role: 'total' },
  sum: { x: 6, x0: 6, x1: 6, role: 'parts-sum' },
  join: { x: 8, x0: 0, x1: 16, role: 'total' },
};

function drawAnnotations(L: AlHolLayout): string {
  const d = L.disagreement;
  return el(
    'g',
    { 'aria-hidden': 'true' },
    ...L.panels.flatMap((p) => p.joins.map((j) => el('line', { class: 'ref-line', x1: j.x1, y1: j.y1, x2: j.x2, y2: j.y2 }))),
    d ? el('path', { class: 'bracket', d: `M${r(d.x + 4)} ${r(d.y0)}h4V${r(d.y1)}h-4` }) : '',
  );
}

export function renderAlHol(rows: AlHolRow[], options: RenderOptions): string {
  const L = layoutAlHol(rows, options.layout);
  const { font } = L;
  const legend = drawLegend(
    L.legend.map((c) => ({ ...c, swatch: shape(c.shape, { ...SWATCH[c.shape], y: -5 }, SWATCH[c.shape].role) })),
    'muted',
  );
  const last = L.panels[L.panels.length - 1];
  const panels = L.panels.map((p) =>
    [
      drawPanelFrame(p, L),
      el(
        'g',
        { 'aria-hidden': 'true' },
        ...p.sources.flatMap((s) => [
          ...s.ticks.map((t) => el('line', { class: 'tick', x1: t, x2: t, y1: p.baseline, y2: p.baseline - 4 })),
          label(s.x, s.y, s.text, { class: 'muted', 'text-anchor': 'middle' }),
        ]),
      ),
    ].join(''),
  );
  const body = [
    ...panels,
    last ? drawYearTicks(L.yearTicks, last.baseline, font) : '',
    drawAnnotations(L),
    el('g', { 'aria-hidden': 'true' }, ...L.labels.map((l) => valueLabel(l, font)), legend),
    el('g', { class: 'marks' }, ...L.panels.flatMap((p) => p.marks.map((m) => drawMark(m, rows)))),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

export const alHolPopulation: ChartSpec<AlHolRow> = {
  id: 'al-hol-population',
  rows: alHolRows,
  columns: [
    { label: 'Counted', value: (d) => ROLE_WORDS[d.role] },
    { label: 'When', value: (d) => d.period },
    { label: 'Figure', value: (d) => d.text },
    { label: 'Value', value: (d) => d.value, numeric: true },
    ...attributionColumns<AlHolRow>(),
  ],
  figureOf: (d) => d.figure,
  render: renderAlHol,
};
