/**
 * Regional shifts: where the fighters came from, and where the fight moved. Countries are
 * shaded by the Soufan Group's December 2015 figures where at least two sources, or one good
 * one, quote them (confidence high or medium); a figure found in a single weak source is
 * hatched on the map, or listed beneath it when the country is off the map. The moves the
 * article describes (fighters leaving Sirte west for Tunisia and south towards Boko Haram; the
 * fight shifting to North Africa) are drawn as schematic arrows, with Sirte and Ben Guerdane.
 * The map is cropped to Europe, North Africa and the Middle East to stay small: Natural Earth
 * shapes simplified for each drawing (geo.ts).
 */
import { geoConicEqualArea, type GeoProjection } from 'd3';
import type { Dataset } from '../data/dataset';
import { shortDate } from './axis';
import { figureFields, type FigureFields } from './figure-row';
import { CANVAS, chartFrame } from './frame';
import { mapShapes, type MapShapes } from './geo';
import { textWidth, wrap } from './labels';
import { arrowDef, hatchDef, mark } from './marks';
import { el, r, label } from './svg';
import type { ChartLayout, ChartSpec, RenderOptions, RowLink } from './types';

type LonLat = [number, number];

/** The region drawn: Europe, North Africa and the Middle East, from the Sahel to Scandinavia. */
const REGION = { west: -12, east: 56, south: 7, north: 62 };

/** Shading classes: upper bounds of the first three; the fourth is everything above. */
export const CLASSES = [1000, 2000, 3000];
export const CLASS_LABELS = ['under 1,000', '1,000–1,999', '2,000–2,999', '3,000 or more'];

/**
 * Where each country's label goes (longitude, latitude) in each drawing; a leader joins it to
 * `to` when it sits off the country. Wide labels take two lines (name, value), narrow ones one.
 */
interface LabelSpec {
  at: LonLat;
  anchor?: 'start' | 'middle' | 'end';
  to?: LonLat;
  /** Pinned to the left edge of the drawing (in the Atlantic), at the latitude of `at`. */
  edge?: boolean;
  /** Name and value on two lines, in the narrow drawing too. */
  two?: boolean;
  /** Name and value on one line, in the wide drawing too. */
  one?: boolean;
}
const LABELS: Record<string, { wide: LabelSpec; narrow: LabelSpec }> = {
  tunisia: { wide: { at: [4.5, 39.6], to: [9.4, 36.4] }, narrow: { at: [0, 21.6], edge: true, to: [9.6, 31.4] } },
  'saudi-arabia': { wide: { at: [45, 24.5] }, narrow: { at: [46, 21], two: true } },
  russia: { wide: { at: [43, 56.5] }, narrow: { at: [47, 50] } },
  turkey: { wide: { at: [34.5, 39.3] }, narrow: { at: [34.5, 39.4] } },
  jordan: {
    wide: { at: [40.5, 31.3], anchor: 'start', to: [37.2, 31.2], one: true },
    narrow: { at: [40, 31.5], anchor: 'start', to: [37.2, 31.2] },
  },
  france: { wide: { at: [2.4, 46.9] }, narrow: { at: [0, 46], edge: true, to: [1.5, 46.5] } },
  morocco: { wide: { at: [-9.5, 30.6] }, narrow: { at: [0, 32.6], edge: true } },
  lebanon: {
    wide: { at: [40.5, 34.6], anchor: 'start', to: [35.9, 34], one: true },
    narrow: { at: [40, 35.4], anchor: 'start', to: [35.9, 34] },
  },
  germany: { wide: { at: [10.3, 51.3] }, narrow: { at: [14, 56.6], anchor: 'start', to: [10.5, 52] } },
  'united-kingdom': {
    wide: { at: [0, 58], edge: true, to: [-3, 55] },
    narrow: { at: [0, 57.5], edge: true, to: [-2.5, 54] },
  },
  belgium: { wide: { at: [0, 52], edge: true, to: [4.6, 50.7] }, narrow: { at: [0, 52.3], edge: true, to: [4.6, 50.7] } },
  sweden: { wide: { at: [15.5, 59.6] }, narrow: { at: [17, 60.6] } },
  egypt: { wide: { at: [29.3, 24.2] }, narrow: { at: [29.2, 25.4], two: true } },
};

/** Shorter names for the narrow drawing. */
const SHORT: Record<string, string> = { 'united-kingdom': 'UK' };

/** Places marked on the map, each tied to the event that explains it. */
/** `lift`: the label's baseline this many font sizes above the point (0.35 below centres it). */
type PlaceLabel = { anchor: 'start' | 'end'; lift: number };
const PLACES: { key: string; name: string; at: LonLat; event: string; wide: PlaceLabel; narrow: PlaceLabel }[] = [
  {
    key: 'sirte',
    name: 'Sirte',
    at: [16.59, 31.21],
    event: 'sirte-taken',
    wide: { anchor: 'start', lift: -0.35 },
    narrow: { anchor: 'start', lift: -0.35 },
  },
  {
    key: 'ben-guerdane',
    name: 'Ben Guerdane',
    at: [11.22, 33.14],
    event: 'ben-guerdane-assault',
    wide: { anchor: 'start', lift: 0.4 },
    narrow: { anchor: 'end', lift: -0.35 },
  },
];

/** The moves the article describes, drawn as schematic arrows. */
const SHIFTS: {
  key: string;
  words: string;
  from: LonLat;
  to: LonLat;
  bend: number;
  event: string;
  by: string;
  /** A short label on the map, where it is placed, and whether the narrow drawing has room for it. */
  tag?: { words: string; at: LonLat; narrow: boolean };
}[] = [
  {
    key: 'sirte-west',
    words: 'Fighters leaving Sirte heading west, to Tunisia',
    from: [15.6, 31.6],
    to: [11.9, 32.6],
    bend: 0.25,
    event: 'tunisian-defence-minister-paris',
    by: 'hachani',
  },
  {
    key: 'sirte-south',
    words: 'Fighters leaving Sirte heading south, to join Boko Haram in Nigeria',
    from: [16.5, 30.3],
    to: [12.8, 13.6],
    bend: -0.12,
    event: 'tunisian-defence-minister-paris',
    by: 'hachani',
    tag: { words: 'towards Boko Haram, Nigeria', at: [13.2, 11.6], narrow: true },
  },
  {
    key: 'to-north-africa',
    words: 'The battle shifting from Syria to North Africa, as a Tunisian researcher put it',
    from: [36.8, 35.6],
    to: [21.5, 31.4],
    bend: -0.12,
    event: 'ben-guerdane-assault',
    by: 'gaaloul',
    tag: { words: 'fight shifting to North Africa', at: [31.4, 30.3], narrow: false },
  },
];

export type MapShown = 'shaded' | 'hatched' | 'listed' | 'marker' | 'arrow';

export interface MapRow {
  kind: 'country' | 'place' | 'shift';
  key: string;
  name: string;
  /** The figure, for countries. */
  fields: FigureFields | undefined;
  /** The value or the claim, in words. */
  text: string;
  shown: MapShown;
  confidence: string;
  who: string;
  date: string;
  /** Country: ISO numeric code; place and shift: none. */
  iso: string | undefined;
  /** Place or shift: the section that explains it. */
  section: RowLink | undefined;
}

const SHAPES = new Map<ChartLayout, { projection: GeoProjection; shapes: MapShapes }>();

const SIZES = {
  narrow: { ...CANVAS.narrow, mapHeight: 295, tolerance: 0.7 },
  wide: { ...CANVAS.wide, mapHeight: 520, tolerance: 0.8 },
} as const;

/** The projection and simplified shapes of one drawing, computed once per build. */
export function mapFor(layout: ChartLayout): { projection: GeoProjection; shapes: MapShapes } {
  const cached = SHAPES.get(layout);
  if (cached) return cached;
  const { width, mapHeight, tolerance } = SIZES[layout];
  const edge: LonLat[] = [];
  for (let lon = REGION.west; lon <= REGION.east; lon += 2) edge.push([lon, REGION.south], [lon, REGION.north]);
  const projection = geoConicEqualArea()
    .parallels([20, 50])
    .rotate([-22, 0])
    .fitExtent(
      [
        [0, 0],
        [width, mapHeight],
      ],
      { type: 'LineString', coordinates: edge },
    )
    .clipExtent([
      [0, 0],
      [width, mapHeight],
    ]);
  const entry = { projection, shapes: mapShapes(projection, tolerance) };
  SHAPES.set(layout, entry);
  return entry;
}

export function mapRows(data: Dataset): MapRow[] {
  const { shapes } = mapFor('wide');
  const countries = [...data.figures.values()]
    .filter((f) => f.series === 'soufan-2015')
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .map((f): MapRow => {
      const id = f.countries[0] ?? '';
      const country = data.countries.get(id);
      const fields = figureFields(data, f.id, 'origins-map');
      const onMap = country?.isoNumeric !== undefined && shapes.country(country.isoNumeric) !== '';
      const weak = f.confidence === 'low';
      return {
        kind: 'country',
        key: id,
        name: country?.name ?? id,
        fields,
        text: fields.short,
        shown: !onMap ? 'listed' : weak ? 'hatched' : 'shaded',
        confidence: f.confidence ?? '',
        who: fields.who,
        date: fields.stated,
        iso: country?.isoNumeric,
        section: undefined,
      };
    });
  const event = (id: string) => {
    const e = data.events.get(id);
    if (!e) throw new Error(`origins-map chart: unknown event "${id}"`);
    return e;
  };
  const places = PLACES.map((p): MapRow => {
    const e = event(p.event);
    return {
      kind: 'place',
      key: p.key,
      name: p.name,
      fields: undefined,
      text: e.title,
      shown: 'marker',
      confidence: '',
      who: '',
      date: shortDate(e.date),
      iso: undefined,
      section: { href: e.section, text: 'Section' },
    };
  });
  const shifts = SHIFTS.map((s): MapRow => {
    const e = event(s.event);
    return {
      kind: 'shift',
      key: s.key,
      name: s.words,
      fields: undefined,
      text: s.words,
      shown: 'arrow',
      confidence: '',
      who: data.parties.get(s.by)?.name ?? s.by,
      date: shortDate(e.date),
      iso: undefined,
      section: { href: e.section, text: 'Section' },
    };
  });
  return [...countries, ...places, ...shifts];
}

export function shadeClass(value: number): number {
  const i = CLASSES.findIndex((limit) => value < limit);
  return (i === -1 ? CLASSES.length : i) + 1;
}

export interface MapLabel {
  row: MapRow;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** Leader from the label to the country, when the label sits off it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface MapLayout {
  width: number;
  height: number;
  font: number;
  mapHeight: number;
  shapes: MapShapes;
  labels: MapLabel[];
  places: { row: MapRow; x: number; y: number; anchor: 'start' | 'end'; labelY: number }[];
  arrows: { row: MapRow; d: string; x: number; y: number; tag: { x: number; y: number; lines: string[] } | undefined }[];
  /** The legend below the map: swatches and words, then the countries listed off the map. */
  legendY: number;
  listed: string[];
}

export function layoutMap(rows: MapRow[], layout: ChartLayout): MapLayout {
  const { width, font, mapHeight } = SIZES[layout];
  const lh = font * 1.25;
  const { projection, shapes } = mapFor(layout);
  const xy = (p: LonLat): [number, number] => projection(p) ?? [0, 0];
  const labels = rows
    .filter((d) => d.kind === 'country' && d.shown !== 'listed')
    .map((row): MapLabel => {
      const at = LABELS[row.key]?.[layout] ?? { at: [0, 0] as LonLat };
      const [px, y] = xy(at.at);
      const x = at.edge ? 2 : px;
      const name = layout === 'narrow' ? (SHORT[row.key] ?? row.name) : row.name;
      const value = row.shown === 'hatched' && layout === 'wide' ? `${row.text}, one source` : row.text;
      const lines =
        row.key === 'tunisia'
          ? [`${name} ${value}`, 'the largest']
          : (layout === 'wide' && !at.one) || at.two
            ? [name, value]
            : [`${name} ${value}`];
      const anchor = at.edge ? 'start' : (at.anchor ?? 'middle');
      const top = y - lh / 2;
      let leader: MapLabel['leader'];
      if (at.to) {
        // From the edge of the label's box nearest the country, to the country.
        const [x2, y2] = xy(at.to);
        const w = Math.max(...lines.map((l) => textWidth(l, font)));
        const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
        const bottom = top + (lines.length - 1) * lh;
        const below = y2 > bottom + 4;
        const above = y2 < top - font;
        const x1 = below || above ? Math.min(Math.max(x2, left + 4), left + w - 4) : x2 > left + w ? left + w + 3 : left - 3;
        const y1 = below ? bottom + 5 : above ? top - font - 2 : (top + bottom) / 2 - font * 0.35;
        leader = { x1, y1, x2, y2 };
      }
      return { row, x, y: top, anchor, lines, leader };
    });
  const places = rows
    .filter((d) => d.kind === 'place')
    .map((row) => {
      const spec = PLACES.find((p) => p.key === row.key);
      const [x, y] = xy(spec?.at ?? [0, 0]);
      const label = spec?.[layout] ?? { anchor: 'start' as const, lift: 0 };
      return { row, x, y, anchor: label.anchor, labelY: y - label.lift * font };
    });
  const arrows = rows
    .filter((d) => d.kind === 'shift')
    .map((row) => {
      const spec = SHIFTS.find((s) => s.key === row.key);
      const [x0, y0] = xy(spec?.from ?? [0, 0]);
      const [x1, y1] = xy(spec?.to ?? [0, 0]);
      // A gentle curve: the control point is pushed sideways from the middle by `bend`.
      const bend = spec?.bend ?? 0;
      const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
      const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
      const tag = spec?.tag && (layout === 'wide' || spec.tag.narrow) ? spec.tag : undefined;
      const [tx, ty] = tag ? xy(tag.at) : [0, 0];
      return {
        row,
        d: `M${r(x0)} ${r(y0)}Q${r(cx)} ${r(cy)} ${r(x1)} ${r(y1)}`,
        x: (x0 + 2 * cx + x1) / 4,
        y: (y0 + 2 * cy + y1) / 4,
        tag: tag && { x: tx, y: ty, lines: wrap(tag.words, 140, font) },
      };
    });
  const listed = rows
    .filter((d) => d.kind === 'country' && d.shown === 'listed')
    .map((d) => `${d.name} ${d.text}${d.confidence === 'low' ? ' (one source)' : ''}`);
  const legendRows = layout === 'wide' ? 2 : 4;
  const listLines = listed.length > 0 ? wrap(`Not on this map: ${listed.join('; ')}`, width, font).length : 0;
  return {
    width,
    height: mapHeight + 16 + (legendRows + listLines + 1) * lh + 4,
    font,
    mapHeight,
    shapes,
    labels,
    places,
    arrows,
    legendY: mapHeight + 16 + lh,
    listed,
  };
}

function describeCountry(row: MapRow): string {
  const weak = row.shown === 'hatched' || row.confidence === 'low' ? ' Found in a single source only: not shaded.' : '';
  return `${row.name}: ${row.text} people had gone to Syria and Iraq to join extremist groups, according to the Soufan Group (December 2015).${weak}`;
}

export function renderMap(rows: MapRow[], options: RenderOptions): string {
  const L = layoutMap(rows, options.layout);
  const { font, width } = L;
  const lh = font * 1.25;
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
  const countries = L.labels.map((l) => {
    const { row } = l;
    const leader =
      l.leader && el('line', { class: 'leader', x1: l.leader.x1, y1: l.leader.y1, x2: l.leader.x2, y2: l.leader.y2 });
    const words = label(l.x, l.y, l.lines, {
      class: row.key === 'tunisia' ? 'halo strong' : 'halo',
      'text-anchor': l.anchor,
    });
    const dot = l.leader && el('circle', { class: 'hit', cx: l.leader.x2, cy: l.leader.y2, r: 9 });
    return mark(
      { label: describeCountry(row), href: row.fields?.href },
      el('use', { class: 'hit', href: `#${shapeId(row)}` }),
      leader ?? '',
      words,
      dot ?? '',
    );
  });
  const places = L.places.map((p) =>
    mark(
      { label: `${p.row.name}: ${p.row.text} (${p.row.date}).`, href: p.row.section?.href },
      el('circle', { class: 'place', cx: p.x, cy: p.y, r: 4 }),
      label(p.anchor === 'start' ? p.x + 7 : p.x - 7, p.labelY, p.row.name, {
        class: 'halo',
        'text-anchor': p.anchor,
      }),
      el('circle', { class: 'hit', cx: p.x, cy: p.y, r: 10 }),
    ),
  );
  const arrows = L.arrows.map((a) =>
    mark(
      { label: `Schematic: ${a.row.text} (${a.row.who}, ${a.row.date}).`, href: a.row.section?.href },
      el('path', { class: 'flow', d: a.d, 'marker-end': `url(#${arrow})` }),
      a.tag ? label(a.tag.x, a.tag.y, a.tag.lines, { class: 'halo muted', 'text-anchor': 'middle' }) : '',
      el('circle', { class: 'hit', cx: a.x, cy: a.y, r: 10 }),
    ),
  );
  // Legend: the shading classes, then hatching and arrows, then the countries off the map.
  const wide = options.layout === 'wide';
  const sw = 14;
  const swatch = (attrs: Record<string, string>) => el('rect', { ...attrs, x: 0, y: 3 - sw, width: sw, height: sw });
  const items = [
    ...CLASS_LABELS.map((label, i) => ({ mark: swatch({ class: `country choro-${i + 1}` }), label })),
    { mark: swatch({ class: 'country', fill: `url(#${hatch})` }), label: 'one weak source, not shaded' },
    {
      mark: el('path', { class: 'flow', d: `M0 -4H${sw + 4}`, 'marker-end': `url(#${arrow})` }),
      label: 'moves in 2016, schematic',
    },
  ];
  // Wide: four classes in a row, then two items in a row; narrow: classes two by two, then one per row.
  const perRow = (i: number) => (i < 4 ? (wide ? 4 : 2) : wide ? 2 : 1);
  const place = (i: number) =>
    i < 4
      ? { row: Math.floor(i / perRow(i)), col: i % perRow(i) }
      : { row: (wide ? 1 : 2) + Math.floor((i - 4) / perRow(i)), col: (i - 4) % perRow(i) };
  const legendItems = items.map((it, i) => {
    const { row, col } = place(i);
    const x = col * (width / perRow(i));
    return el('g', { transform: `translate(${r(x)} ${r(L.legendY + font + row * lh)})` }, it.mark, label(sw + 10, 0, it.label));
  });
  const legendRows = wide ? 2 : 4;
  const heading = label(0, L.legendY - 2, 'People who went, by country', { class: 'strong' });
  const listLines = L.listed.length > 0 ? wrap(`Not on this map: ${L.listed.join('; ')}`, width, font) : [];
  const body = [
    el('defs', {}, hatchDef(hatch), arrowDef(arrow)),
    base,
    shapes,
    el('g', { class: 'marks' }, ...countries, ...arrows, ...places),
    el(
      'g',
      { 'aria-hidden': 'true', class: 'legend' },
      heading,
      ...legendItems,
      label(0, L.legendY + font + legendRows * lh, listLines, { class: 'muted' }),
    ),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

const SHOWN: Record<MapShown, string> = {
  shaded: 'Shaded',
  hatched: 'Hatched, not shaded',
  listed: 'Listed below the map',
  marker: 'Marked',
  arrow: 'Arrow (schematic)',
};

export const originsMap: ChartSpec<MapRow> = {
  id: 'origins-map',
  rows: mapRows,
  columns: [
    { label: 'Country, place or move', value: (d) => d.name },
    { label: 'Figure or event', value: (d) => (d.kind === 'country' ? d.text : d.kind === 'place' ? d.text : '—') },
    { label: 'Confidence', value: (d) => d.confidence || '—' },
    { label: 'On the map', value: (d) => SHOWN[d.shown] },
    { label: 'Stated by', value: (d) => d.who || '—' },
    { label: 'Date', value: (d) => d.date },
  ],
  figureOf: (d) => d.fields?.figure,
  linkOf: (d) => d.section,
  render: renderMap,
};
