/**
 * The origins map drawn from its layout (origins-map-layout.ts): shapes, marks, legend. Two
 * views share the drawing: shading by the number of people who went (`chart-view-1`, the
 * default) and by people per million inhabitants where a source gives a rate (`chart-view-2`);
 * the page's radio buttons switch them with CSS (charts.css). The countries' names and counts,
 * the places, the arrows and Syria and Iraq are drawn once, above both. A download has the
 * first view only.
 */
import { chartFrame } from './frame';
import { drawLegend, type LegendCell, type LegendItem } from './legend';
import { arrowDef, hatchDef, mark } from './marks';
import { LEGEND_HEADINGS, RATE_CLASSES, layoutMap, shadeClass, type LegendKey } from './origins-map-layout';
import type { MapRow } from './origins-map';
import { el, label } from './svg';
import type { RenderOptions } from './types';

function describeCountry(row: MapRow): string {
  const weak = row.shown === 'hatched' || row.confidence === 'low' ? ' Found in a single source only: not shaded.' : '';
  return `${row.name}: ${row.text} people had gone to Syria and Iraq to join extremist groups, according to the Soufan Group (December 2015).${weak}`;
}

function describeRate(row: MapRow): string {
  const weak =
    row.shown === 'rate-weak' ? ' From press lists of late 2015 that attribute it to ICSR data without giving their method.' : '';
  return `${row.name}: ${row.text} had gone to Syria and Iraq (${row.fields?.said ?? row.who}).${weak}`;
}

/** Swatches are drawn on the words' baseline, as tall as the text. */
const SWATCH = 14;

function swatch(key: LegendKey, ids: { hatch: string; weak: string; arrow: string }): string {
  const box = (attrs: Record<string, string>) => el('rect', { ...attrs, x: 0, y: 3 - SWATCH, width: SWATCH, height: SWATCH });
  if (key === 'hatched') return box({ class: 'country', fill: `url(#${ids.hatch})` });
  if (key === 'rate-weak')
    return el('g', { class: 'choro-4' }, box({ class: 'country' }), box({ class: 'country', fill: `url(#${ids.weak})` }));
  if (key === 'no-rate') return box({ class: 'country land' });
  if (key === 'destination') return box({ class: 'destination' });
  if (key === 'arrow') return el('path', { class: 'flow', d: `M0 -4H${SWATCH + 4}`, 'marker-end': `url(#${ids.arrow})` });
  return box({ class: `country choro-${key.slice('class-'.length)}` });
}

export function renderMap(rows: MapRow[], options: RenderOptions): string {
  const L = layoutMap(rows, options.layout);
  const ids = { hatch: `${options.idPrefix}-hatch`, weak: `${options.idPrefix}-weak`, arrow: `${options.idPrefix}-arrow` };
  const shapeId = (row: MapRow) => `${options.idPrefix}-${row.key}`;
  const base = el(
    'g',
    { 'aria-hidden': 'true' },
    el('path', { class: 'land', d: L.shapes.land }),
    el('path', { class: 'borders', d: L.shapes.borders }),
  );
  // View 1: each country shaded by its count, drawn once under every label; each country's mark
  // reuses its shape (<use>, transparent) as the pointer target and focus outline.
  const countShapes = el(
    'g',
    { class: 'countries', 'aria-hidden': 'true' },
    // A shade is a class on the shape itself (a class does not reach the <use> copies); the
    // hatching is a fill, which would, so a hatched shape takes it from a group.
    ...L.labels.map((l) => {
      const shape = { id: shapeId(l.row), d: L.shapes.country(l.row.iso ?? '') };
      return l.row.shown === 'hatched'
        ? el('g', { fill: `url(#${ids.hatch})` }, el('path', shape))
        : el('path', { ...shape, class: `choro-${shadeClass(l.row.fields?.value ?? 0)}` });
    }),
  );
  const countMarks = L.labels.map((l) =>
    mark(
      { label: describeCountry(l.row), href: l.row.fields?.href },
      el('use', { class: 'hit', href: `#${shapeId(l.row)}` }),
      l.leader ? el('circle', { class: 'hit', cx: l.leader.x2, cy: l.leader.y2, r: 9 }) : '',
    ),
  );
  // View 2: the rates, where a source gives one; a weak rate is shaded and hatched over.
  const rateRows = rows.filter((d) => d.kind === 'rate');
  const rateShapes = el(
    'g',
    { class: 'countries', 'aria-hidden': 'true' },
    ...rateRows.map(
      (row) =>
        el('path', {
          id: shapeId(row),
          d: L.shapes.country(row.iso ?? ''),
          class: `choro-${shadeClass(row.fields?.value ?? 0, RATE_CLASSES)}`,
        }) + (row.shown === 'rate-weak' ? el('use', { href: `#${shapeId(row)}`, fill: `url(#${ids.weak})` }) : ''),
    ),
  );
  const rateMarks = rateRows.map((row) =>
    mark({ label: describeRate(row), href: row.fields?.href }, el('use', { class: 'hit', href: `#${shapeId(row)}` })),
  );
  const legendOf = (cells: LegendCell<LegendItem & { key: LegendKey }>[]) =>
    drawLegend(cells.map((c) => ({ ...c, swatch: swatch(c.key, ids) })));
  const view = (n: 1 | 2, key: 'count' | 'rate', shapes: string, marks: string[]) => ({
    shapes: el('g', { class: `chart-view-${n}` }, shapes),
    marks: el('g', { class: `chart-view-${n}` }, ...marks),
    legend: el(
      'g',
      { class: `chart-view-${n}`, 'aria-hidden': 'true' },
      label(0, L.legend.headingY, LEGEND_HEADINGS[key], { class: 'strong' }),
      legendOf(L.legend.views[key]),
    ),
  });
  const views = [
    view(1, 'count', countShapes, countMarks),
    ...(options.standalone ? [] : [view(2, 'rate', rateShapes, rateMarks)]),
  ];
  // Syria and Iraq, outlined over either shading and named.
  const destinations = el(
    'g',
    { 'aria-hidden': 'true' },
    ...L.destinations.map((d) => el('path', { class: 'destination', d: L.shapes.country(d.row.iso ?? '') })),
    ...L.destinations.map((d) =>
      d.name ? label(d.name.x, d.name.y, d.row.name, { class: 'halo strong', 'text-anchor': 'middle' }) : '',
    ),
  );
  const labels = el(
    'g',
    { 'aria-hidden': 'true' },
    ...L.labels.map((l) =>
      [
        l.leader ? el('line', { class: 'leader', ...l.leader }) : '',
        label(l.x, l.y, l.lines, { class: l.strong ? 'halo strong' : 'halo', 'text-anchor': l.anchor }),
      ].join(''),
    ),
  );
  const places = L.places.map((p) =>
    mark(
      { label: `${p.row.name}: ${p.row.text} (${p.row.date}).`, href: p.row.section?.href },
      el('circle', { class: 'place', cx: p.x, cy: p.y, r: 4 }),
      label(p.labelX, p.labelY, p.row.name, { class: 'halo', 'text-anchor': p.anchor }),
      el('circle', { class: 'hit', cx: p.x, cy: p.y, r: 10 }),
    ),
  );
  const arrows = L.arrows.map((a) =>
    mark(
      {
        label: `Schematic: ${a.row.text} (${a.row.text.includes(a.row.who) ? '' : `${a.row.who}, `}${a.row.date}).`,
        href: a.row.section?.href,
      },
      el('path', { class: 'flow', d: a.d, 'marker-end': `url(#${ids.arrow})` }),
      a.tag ? label(a.tag.x, a.tag.y, a.tag.lines, { class: 'halo muted', 'text-anchor': 'middle' }) : '',
      el('circle', { class: 'hit', cx: a.x, cy: a.y, r: 10 }),
    ),
  );
  const legend = el(
    'g',
    { 'aria-hidden': 'true', class: 'legend' },
    legendOf(L.legend.cells),
    label(0, L.legend.listY, L.legend.listLines, { class: 'muted' }),
  );
  const body = [
    el('defs', {}, hatchDef(ids.hatch), hatchDef(ids.weak, 'bg'), arrowDef(ids.arrow)),
    base,
    ...views.map((v) => v.shapes),
    destinations,
    labels,
    el('g', { class: 'marks' }, ...views.map((v) => v.marks), ...arrows, ...places),
    ...views.map((v) => v.legend),
    legend,
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body });
}
