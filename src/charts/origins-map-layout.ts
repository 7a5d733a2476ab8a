/**
 * The origins map's layout: the projection and simplified shapes of each drawing, where every
 * label, place and arrow goes, and the legend below. Everything the drawing needs is returned;
 * origins-map-render.ts only draws it.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3';
import type { LabelPlacement, LonLat } from '../data/chart-schema';
import { formatNumber } from '../data/format';
import { CANVAS } from './frame';
import { mapShapes, type MapShapes } from './geo';
import { textWidth, wrap } from './labels';
import { layoutLegend, type LegendCell, type LegendItem } from './legend';
import { r } from './svg';
import type { ChartLayout } from './types';
import type { MapRow } from './origins-map';

/** The region drawn: Europe, North Africa and the Middle East, from the Sahel to Scandinavia. */
const REGION = { west: -12, east: 56, south: 7, north: 62 };

/**
 * Shading classes: upper bounds of the first three; the fourth is everything above. Fixed, not
 * from the data, so that a class means the same number of people whichever figures are shown.
 */
export const CLASSES = [1000, 2000, 3000];

/**
 * The same for the rates per million inhabitants: Western Europe's rates run from under 2 to
 * 40, the rates of the press lists for Tunisia, Jordan and Saudi Arabia from about 100 to 315.
 */
export const RATE_CLASSES = [10, 20, 100];

/** The classes in words, from the bounds: "under 1,000", "1,000–1,999", …, "3,000 or more". */
export function classLabels(bounds: number[] = CLASSES): string[] {
  const [first = 0] = bounds;
  const last = bounds[bounds.length - 1] ?? 0;
  return [
    `under ${formatNumber(first)}`,
    ...bounds.slice(1).map((b, i) => `${formatNumber(bounds[i] ?? 0)}–${formatNumber(b - 1)}`),
    `${formatNumber(last)} or more`,
  ];
}

/** The class (1 to 4) of a value. */
export function shadeClass(value: number, bounds: number[] = CLASSES): number {
  const i = bounds.findIndex((limit) => value < limit);
  return (i === -1 ? bounds.length : i) + 1;
}

const SHAPES = new Map<ChartLayout, { projection: GeoProjection; shapes: MapShapes }>();

const SIZES = {
  narrow: { ...CANVAS.narrow, mapHeight: 295, tolerance: 0.7, classColumns: 2, extraColumns: 1 },
  wide: { ...CANVAS.wide, mapHeight: 520, tolerance: 0.8, classColumns: 4, extraColumns: 2 },
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

export interface CountryLabel {
  row: MapRow;
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** Drawn in the strong weight (a label with a note, e.g. the largest). */
  strong: boolean;
  /** Leader from the label to the country, when the label sits off it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface MapLayout {
  width: number;
  height: number;
  font: number;
  mapHeight: number;
  shapes: MapShapes;
  labels: CountryLabel[];
  places: { row: MapRow; x: number; y: number; anchor: 'start' | 'end'; labelX: number; labelY: number }[];
  arrows: { row: MapRow; d: string; x: number; y: number; tag: { x: number; y: number; lines: string[] } | undefined }[];
  /** Where the fighters went: the name's middle and baseline, when this drawing names it. */
  destinations: { row: MapRow; name: { x: number; y: number } | undefined }[];
  /**
   * The legend of each view (its heading and shading classes), then what both share: hatching,
   * arrows, the destinations, and the list of countries off the map. Swatches are drawn by render.
   */
  legend: {
    headingY: number;
    views: { count: LegendCell<LegendItem & { key: LegendKey }>[]; rate: LegendCell<LegendItem & { key: LegendKey }>[] };
    cells: LegendCell<LegendItem & { key: LegendKey }>[];
    listY: number;
    listLines: string[];
  };
}

/** What each legend cell stands for; render draws the swatch for it. */
export type LegendKey = `class-${number}` | 'hatched' | 'rate-weak' | 'no-rate' | 'arrow' | 'destination';

/** The headings of the two views' legends. */
export const LEGEND_HEADINGS = { count: 'People who went, by country', rate: 'People who went per million inhabitants' };

function countryLabel(row: MapRow, layout: ChartLayout, xy: (p: LonLat) => [number, number], font: number): CountryLabel {
  const lh = font * 1.25;
  const at: LabelPlacement = row.label?.[layout] ?? { at: [0, 0] };
  const [px, y] = xy(at.at);
  const x = at.edge ? 2 : px;
  const name = layout === 'narrow' ? (row.label?.short ?? row.name) : row.name;
  const value = row.shown === 'hatched' && layout === 'wide' ? `${row.text}, one source` : row.text;
  const note = row.label?.note;
  const lines = note
    ? [`${name} ${value}`, note]
    : (layout === 'wide' && !at.one) || at.two
      ? [name, value]
      : [`${name} ${value}`];
  const anchor = at.edge ? 'start' : (at.anchor ?? 'middle');
  const top = y - lh / 2;
  let leader: CountryLabel['leader'];
  if (at.to) {
    // From the edge of the label's box nearest the country, to the country.
    const [x2, y2] = xy(at.to);
    const w = Math.max(...lines.map((l) => textWidth(l, font, Boolean(note))));
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const bottom = top + (lines.length - 1) * lh;
    const below = y2 > bottom + 4;
    const above = y2 < top - font;
    const x1 = below || above ? Math.min(Math.max(x2, left + 4), left + w - 4) : x2 > left + w ? left + w + 3 : left - 3;
    const y1 = below ? bottom + 5 : above ? top - font - 2 : (top + bottom) / 2 - font * 0.35;
    leader = { x1, y1, x2, y2 };
  }
  return { row, x, y: top, anchor, lines, strong: Boolean(note), leader };
}

export function layoutMap(rows: MapRow[], layout: ChartLayout): MapLayout {
  const { width, font, mapHeight, classColumns, extraColumns } = SIZES[layout];
  const lh = font * 1.25;
  const { projection, shapes } = mapFor(layout);
  const xy = (p: LonLat): [number, number] => projection(p) ?? [0, 0];
  const labels = rows
    .filter((d) => d.kind === 'country' && d.shown !== 'listed')
    .map((row) => countryLabel(row, layout, xy, font));
  const places = rows
    .filter((d) => d.kind === 'place')
    .map((row) => {
      const [x, y] = xy(row.place?.at ?? [0, 0]);
      const label = row.place?.label[layout] ?? { anchor: 'start' as const, lift: 0 };
      return { row, x, y, anchor: label.anchor, labelX: label.anchor === 'start' ? x + 7 : x - 7, labelY: y - label.lift * font };
    });
  const arrows = rows
    .filter((d) => d.kind === 'shift')
    .map((row) => {
      const move = row.move;
      const [x0, y0] = xy(move?.from ?? [0, 0]);
      const [x1, y1] = xy(move?.to ?? [0, 0]);
      // A gentle curve: the control point is pushed sideways from the middle by `bend`.
      const bend = move?.bend ?? 0;
      const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
      const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
      const tag = move?.tag && (layout === 'wide' || move.tag.narrow) ? move.tag : undefined;
      const [tx, ty] = tag ? xy(tag.at) : [0, 0];
      return {
        row,
        d: `M${r(x0)} ${r(y0)}Q${r(cx)} ${r(cy)} ${r(x1)} ${r(y1)}`,
        x: (x0 + 2 * cx + x1) / 4,
        y: (y0 + 2 * cy + y1) / 4,
        tag: tag && { x: tx, y: ty, lines: wrap(tag.words, 140, font) },
      };
    });
  const destinations = rows
    .filter((d) => d.kind === 'destination')
    .map((row) => {
      const at = row.destination?.[layout]?.at;
      if (!at) return { row, name: undefined };
      const [x, y] = xy(at);
      return { row, name: { x, y: y + font * 0.35 } };
    });
  // Legend: a heading and the shading classes of each view (the two are the same height), then
  // what both share (hatching, arrows, the destinations), then what is off the map.
  const listed = rows
    .filter((d) => d.kind === 'country' && d.shown === 'listed')
    .map((d) => `${d.name} ${d.text}${d.confidence === 'low' ? ' (one source)' : ''}`);
  const headingY = mapHeight + 16 + lh - 2;
  const classCells = (labels: string[]) => labels.map((words, i) => ({ swatch: '', words, key: `class-${i + 1}` as LegendKey }));
  const count = layoutLegend(classCells(classLabels()), {
    columns: classColumns,
    width,
    font,
    top: headingY + 2 + font,
    lineHeight: lh,
  });
  const rateClasses = layoutLegend(classCells(classLabels(RATE_CLASSES)), {
    columns: classColumns,
    width,
    font,
    top: headingY + 2 + font,
    lineHeight: lh,
  });
  const rateExtras = layoutLegend<LegendItem & { key: LegendKey }>(
    [
      { swatch: '', words: 'press lists, method not stated', key: 'rate-weak' },
      { swatch: '', words: 'no rate in the sources', key: 'no-rate' },
    ],
    { columns: extraColumns, width, font, top: rateClasses.bottom, lineHeight: lh },
  );
  const rate = { cells: [...rateClasses.cells, ...rateExtras.cells], bottom: rateExtras.bottom };
  const sharedTop = Math.max(count.bottom, rate.bottom);
  const extras = layoutLegend<LegendItem & { key: LegendKey }>(
    [
      { swatch: '', words: 'one weak source, not shaded', key: 'hatched' },
      { swatch: '', words: 'moves in 2016, schematic', key: 'arrow' },
      { swatch: '', words: 'where the fighters went', key: 'destination' },
    ],
    { columns: extraColumns, width, font, top: sharedTop, lineHeight: lh },
  );
  const listLines = listed.length > 0 ? wrap(`Not on this map: ${listed.join('; ')}`, width, font) : [];
  return {
    width,
    height: extras.bottom - font + listLines.length * lh + 4,
    font,
    mapHeight,
    shapes,
    labels,
    places,
    arrows,
    destinations,
    legend: {
      headingY,
      views: { count: count.cells, rate: rate.cells },
      cells: extras.cells,
      listY: extras.bottom,
      listLines,
    },
  };
}
