/**
 * What came after: people brought back from north-east Syria, country by country. One bar per
 * country: its latest dated total, with the period it covers and whom it counts beside it,
 * because each government counted different people over different years; the bars are never
 * added up. Where the source split a total into men, women and children, the bar is divided
 * into those parts; a total nobody split is grey, one that counts only children is in the
 * children's colour. A total this site added up from separate operations is outlined dashed and
 * labelled "(calculated)". Iraq's total, many times the others, runs past the scale's end and
 * is drawn broken; "more than" ends in an arrow.
 */
import type { Dataset } from '../data/dataset';
import { attributionColumns, figureFields, kindLabel, type FigureFields } from './figure-row';
import { chartFrame } from './frame';
import { drawLegend } from './legend';
import { hit, mark } from './marks';
import { layoutRepatriation, valueText, type RepatriationBar, type RepatriationLayout } from './repatriation-by-country-layout';
import { el, label, r, strokes } from './svg';
import type { ChartSpec, RenderOptions } from './types';

/** What a row is: a country's total, or a part of it as the source split it. */
export type RepatriationRole = 'total' | 'men' | 'women' | 'children' | 'families';
const PART_SERIES: Record<Exclude<RepatriationRole, 'total'>, string> = {
  men: 'repatriation-by-country-men',
  women: 'repatriation-by-country-women',
  children: 'repatriation-by-country-children',
  families: 'repatriation-by-country-families',
};

/**
 * Whom each total counts, in the drawing's few words (the figures' labels say it in full): the
 * chart's own summary of each label, checked by the tests against the parts where there are any.
 */
export const COUNTS: Record<string, { words: string; childrenOnly?: boolean }> = {
  'iraq-repatriated-alhol-2025': { words: 'whole families, from al-Hol' },
  'kazakhstan-repatriated-2019': { words: 'men, women and children' },
  'kyrgyzstan-repatriated-2024': { words: 'citizens; whom is not given' },
  'uzbekistan-repatriated-2021': { words: 'women and children' },
  'russia-children-returned-2021': { words: 'children only', childrenOnly: true },
  'france-repatriated-2022-2023': { words: 'women and children, four operations' },
  'germany-repatriated-2025': { words: 'women and children' },
  'kosovo-repatriated-2019-04': { words: 'suspected fighters, women and children' },
  'tajikistan-repatriated-2023': { words: 'whom is not given' },
};

export interface RepatriationRow extends FigureFields {
  country: string;
  role: RepatriationRole;
  value: number;
  /** Whom a total counts (totals only), and whether it counts only children. */
  counts: string;
  childrenOnly: boolean;
  /** Our calculation (a derived figure). */
  calculated: boolean;
}

/** The country a figure is about: the first of its countries that is not Syria, where they were held. */
const countryOf = (countries: string[]) => countries.find((c) => c !== 'syria') ?? countries[0] ?? '';
const samePeriod = (a: FigureFields, b: FigureFields) => a.from === b.from && a.to === b.to;

export function repatriationRows(data: Dataset): RepatriationRow[] {
  const row = (id: string, role: RepatriationRole): RepatriationRow => {
    const f = figureFields(data, id, 'repatriation-by-country', 'value');
    const country = countryOf(data.figures.get(id)?.countries ?? []);
    return {
      ...f,
      country: data.countries.get(country)?.name ?? country,
      role,
      value: f.value ?? 0,
      counts: COUNTS[id]?.words ?? '',
      childrenOnly: COUNTS[id]?.childrenOnly ?? false,
      calculated: f.kind === 'derived',
    };
  };
  const inSeries = (series: string) => [...data.figures.values()].filter((f) => f.series === series).map((f) => f.id);
  const totals = inSeries('repatriation-by-country')
    .map((id) => row(id, 'total'))
    .sort((a, b) => b.value - a.value || a.country.localeCompare(b.country, 'en'));
  const parts = Object.entries(PART_SERIES).flatMap(([role, series]) =>
    inSeries(series).map((id) => row(id, role as RepatriationRole)),
  );
  // Each total, then its parts (matched by country and period) in the order men, women, children, families.
  return totals.flatMap((t) => [t, ...parts.filter((p) => p.country === t.country && samePeriod(p, t))]);
}

const PART_CLASS: Record<Exclude<RepatriationRole, 'total' | 'families'>, string> = {
  men: 'bar--c1',
  women: 'bar--c2',
  children: 'bar--c3',
};

function describe(bar: RepatriationBar): string {
  const t = bar.total;
  const split = bar.parts.map((p) => `${p.row.short} ${p.row.role}${p.row.calculated ? ' (calculated)' : ''}`).join(', ');
  const value = t.calculated ? `${t.text}, added up by this site from separate operations` : t.text;
  return `${t.country}: ${value} brought back (${t.counts}), ${t.period}${split ? `; ${split}` : ''}${
    bar.families ? `; ${bar.families.text}` : ''
  }. ${t.said}.`;
}

function drawBar(b: RepatriationBar, L: RepatriationLayout): string {
  const { y, height, x0, x1 } = b;
  const t = b.total;
  const whole = t.childrenOnly ? 'bar--c3' : 'bar--muted';
  const shapes =
    b.parts.length > 0
      ? b.parts.map((p) =>
          el('rect', { class: PART_CLASS[p.row.role as keyof typeof PART_CLASS], x: p.x0, y, width: p.x1 - p.x0, height }),
        )
      : [el('rect', { class: whole, x: x0, y, width: x1 - x0, height })];
  if (t.calculated) shapes.push(el('rect', { class: 'derived', x: x0, y: y - 2, width: x1 - x0, height: height + 4 }));
  if (b.broken) {
    // A gap cut across the bar where it leaves the scale.
    const bx = x1 - 18;
    shapes.push(el('path', { class: 'break-gap', d: `M${r(bx)} ${r(y - 3)}l4 ${r(height + 6)}h5l-4 ${r(-height - 6)}z` }));
  }
  if (t.text.startsWith('more than')) {
    shapes.push(el('path', { class: whole, d: `M${r(x1)} ${r(y - 2)}l8 ${r(height / 2 + 2)}l-8 ${r(height / 2 + 2)}z` }));
  }
  return mark(
    { label: describe(b), href: t.href },
    ...shapes,
    label(b.valueX, y + height / 2 + L.font * 0.35, valueText(t), { class: 'value-label' }),
    hit(0, b.top - L.font, L.width, b.bottom - b.top + L.font),
  );
}

export function renderRepatriation(rows: RepatriationRow[], options: RenderOptions): string {
  const L = layoutRepatriation(rows, options.layout);
  const { font } = L;
  const lh = font * 1.25;
  const scale = el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    ...L.ticks.map((t) => label(t.x, L.scaleY, t.text, { class: 'tick-label', 'text-anchor': t.anchor })),
    // Gridlines beside each bar only, clear of the words above it.
    strokes(
      'grid',
      L.bars.flatMap((b) => L.ticks.map((t) => ({ x1: t.x, x2: t.x, y1: b.y - 5, y2: b.y + b.height + 5 }))),
    ),
  );
  const words = el(
    'g',
    { 'aria-hidden': 'true' },
    ...L.bars.map((b) =>
      [label(0, b.labelY, b.country, { class: 'strong' }), label(0, b.labelY + lh, b.detail, { class: 'muted' })].join(''),
    ),
  );
  const legend = drawLegend(
    L.legend.map((c) => ({
      ...c,
      swatch:
        c.kind === 'calculated'
          ? el('rect', { class: 'derived', x: 0, y: -12, width: 16, height: 12 })
          : el('rect', { class: c.kind, x: 0, y: -11, width: 16, height: 10 }),
    })),
    'muted',
  );
  const body = [
    scale,
    words,
    el('g', { 'aria-hidden': 'true' }, legend),
    el('g', { class: 'marks' }, ...L.bars.map((b) => drawBar(b, L))),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

const ROLE_WORDS: Record<RepatriationRole, string> = {
  total: 'Total',
  men: 'of whom men',
  women: 'of whom women',
  children: 'of whom children',
  families: 'in families',
};

export const repatriationByCountry: ChartSpec<RepatriationRow> = {
  id: 'repatriation-by-country',
  rows: repatriationRows,
  columns: [
    { label: 'Country', value: (d) => d.country },
    { label: 'Counted', value: (d) => (d.role === 'total' ? `Total: ${d.counts}` : ROLE_WORDS[d.role]) },
    { label: 'Figure', value: (d) => d.text },
    { label: 'Value', value: (d) => d.value, numeric: true },
    { label: 'Period', value: (d) => d.period },
    ...attributionColumns<RepatriationRow>((d) => kindLabel(d.calculated ? 'derived' : d.kind)),
  ],
  figureOf: (d) => d.figure,
  render: renderRepatriation,
};
