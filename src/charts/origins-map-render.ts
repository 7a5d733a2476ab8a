/** The origins map drawn from its layout (origins-map-layout.ts): shapes, marks, legend. */
import { chartFrame } from './frame';
import { drawLegend } from './legend';
import { arrowDef, hatchDef, mark } from './marks';
import { layoutMap, shadeClass, type LegendKey } from './origins-map-layout';
import type { MapRow } from './origins-map';
import { el, label } from './svg';
import type { RenderOptions } from './types';

function describeCountry(row: MapRow): string {
  const weak = row.shown === 'hatched' || row.confidence === 'low' ? ' Found in a single source only: not shaded.' : '';
  return `${row.name}: ${row.text} people had gone to Syria and Iraq to join extremist groups, according to the Soufan Group (December 2015).${weak}`;
}

/** Swatches are drawn on the words' baseline, as tall as the text. */
const SWATCH = 14;

function swatch(key: LegendKey, hatch: string, arrow: string): string {
  const box = (attrs: Record<string, string>) => el('rect', { ...attrs, x: 0, y: 3 - SWATCH, width: SWATCH, height: SWATCH });
  if (key === 'hatched') return box({ class: 'country', fill: `url(#${hatch})` });
  if (key === 'arrow') return el('path', { class: 'flow', d: `M0 -4H${SWATCH + 4}`, 'marker-end': `url(#${arrow})` });
  return box({ class: `country choro-${key.slice('class-'.length)}` });
}

export function renderMap(rows: MapRow[], options: RenderOptions): string {
  const L = layoutMap(rows, options.layout);
  const hatch = `${options.idPrefix}-hatch`;
  const arrow = `${options.idPrefix}-arrow`;
  const base = el(
    'g',
    { 'aria-hidden': 'true' },
    el('path', { class: 'land', d: L.shapes.land }),
    el('path', { class: 'borders', d: L.shapes.borders }),
  );
  // The shaded shapes are drawn once, under every label; each country's mark reuses its shape
  // (<use>, transparent) as the pointer target and focus outline, so no label is ever covered.
  const shapeId = (row: MapRow) => `${options.idPrefix}-${row.key}`;
  const shapes = el(
    'g',
    { class: 'countries', 'aria-hidden': 'true' },
    ...L.labels.map((l) =>
      el(
        'g',
        l.row.shown === 'hatched' ? { fill: `url(#${hatch})` } : { class: `choro-${shadeClass(l.row.fields?.value ?? 0)}` },
        el('path', { id: shapeId(l.row), d: L.shapes.country(l.row.iso ?? '') }),
      ),
    ),
  );
  const countries = L.labels.map((l) =>
    mark(
      { label: describeCountry(l.row), href: l.row.fields?.href },
      el('use', { class: 'hit', href: `#${shapeId(l.row)}` }),
      l.leader ? el('line', { class: 'leader', ...l.leader }) : '',
      label(l.x, l.y, l.lines, { class: l.strong ? 'halo strong' : 'halo', 'text-anchor': l.anchor }),
      l.leader ? el('circle', { class: 'hit', cx: l.leader.x2, cy: l.leader.y2, r: 9 }) : '',
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
      { label: `Schematic: ${a.row.text} (${a.row.text.includes(a.row.who) ? '' : `${a.row.who}, `}${a.row.date}).`, href: a.row.section?.href },
      el('path', { class: 'flow', d: a.d, 'marker-end': `url(#${arrow})` }),
      a.tag ? label(a.tag.x, a.tag.y, a.tag.lines, { class: 'halo muted', 'text-anchor': 'middle' }) : '',
      el('circle', { class: 'hit', cx: a.x, cy: a.y, r: 10 }),
    ),
  );
  const legend = el(
    'g',
    { 'aria-hidden': 'true', class: 'legend' },
    label(0, L.legend.headingY, 'People who went, by country', { class: 'strong' }),
    drawLegend(L.legend.cells.map((c) => ({ ...c, swatch: swatch(c.key, hatch, arrow) }))),
    label(0, L.legend.listY, L.legend.listLines, { class: 'muted' }),
  );
  const body = [
    el('defs', {}, hatchDef(hatch), arrowDef(arrow)),
    base,
    shapes,
    el('g', { class: 'marks' }, ...countries, ...arrows, ...places),
    legend,
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body });
}
