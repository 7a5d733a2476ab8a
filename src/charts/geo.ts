/**
 * Country shapes for maps, small enough to inline in a page. Natural Earth 1:50m (world-atlas)
 * is simplified for the drawing it goes into: each shared border (a TopoJSON arc) is thinned
 * once in screen space, so neighbours keep meeting exactly; the result is clipped to the view,
 * rounded to whole units and written as relative path commands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoStream, type GeoProjection, type GeoStreamWrapper } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Position = [number, number];

let world: Countries | undefined;

/** world-atlas's countries, with arcs decoded to longitude and latitude (read once per build). */
function loadWorld(): Countries {
  if (world) return world;
  const path = join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Countries;
  const t = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx ?? 0;
      y += dy ?? 0;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y];
    });
  });
  world = { ...topo, arcs };
  delete world.transform;
  moveCrimea(world);
  return world;
}

/**
 * Natural Earth draws Crimea as part of Russia. This site shades countries by the number of
 * fighters from them, so it follows the internationally recognised border (UN General Assembly
 * resolution 68/262) and gives the peninsula to Ukraine.
 */
function moveCrimea(topo: Countries): void {
  const geometries = topo.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === '643');
  const ukraine = geometries.find((g) => g.id === '804');
  if (russia?.type !== 'MultiPolygon' || ukraine?.type !== 'MultiPolygon') return;
  const inCrimea = (polygon: number[][]) => {
    const first = polygon[0]?.[0] ?? 0;
    const arc = topo.arcs[first < 0 ? ~first : first] ?? [];
    const [lon = 0, lat = 0] = arc[0] ?? [];
    return lon > 32.4 && lon < 36.7 && lat > 44.3 && lat < 46.3;
  };
  const crimea = russia.arcs.filter(inCrimea);
  russia.arcs = russia.arcs.filter((p) => !inCrimea(p));
  ukraine.arcs = [...ukraine.arcs, ...crimea];
}

/** Douglas–Peucker on screen positions; returns the indices kept (always both ends). */
export function simplifyLine(points: Position[], tolerance: number): number[] {
  const keep = new Set([0, points.length - 1]);
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() ?? [0, 0];
    const [ax, ay] = points[a] ?? [0, 0];
    const [bx, by] = points[b] ?? [0, 0];
    const length = Math.hypot(bx - ax, by - ay);
    // A closed ring (an island drawn as one arc) starts and ends on the same point: it is split
    // at the point farthest from that end, which is always kept.
    const closed = length < 1e-9;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] ?? [0, 0];
      const d = closed ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > worst) [worst, index] = [d, i];
    }
    if (index >= 0 && (worst > tolerance || closed)) {
      keep.add(index);
      stack.push([a, index], [index, b]);
    }
  }
  return [...keep].sort((p, q) => p - q);
}

/** Writes projected rings as compact SVG path data: whole units, relative moves, no repeats. */
function pathData(geometry: Parameters<typeof geoStream>[0], projection: GeoStreamWrapper): string {
  let d = '';
  let ring: Position[] = [];
  let polygon = false;
  const flush = () => {
    // A ring that rounds to fewer than three distinct points is too small to see.
    if (ring.length < (polygon ? 3 : 2)) return;
    const [first, ...rest] = ring;
    let [px, py] = first ?? [0, 0];
    d += `M${px} ${py}l`;
    d += rest
      .map(([x, y], i) => {
        const dx = x - px;
        const dy = y - py;
        [px, py] = [x, y];
        return `${i > 0 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
      })
      .join('');
    if (polygon) d += 'z';
  };
  const sink = {
    point(x: number, y: number) {
      const p: Position = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      flush();
    },
    polygonStart() {
      polygon = true;
    },
    polygonEnd() {
      polygon = false;
    },
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return d;
}

export interface MapShapes {
  /** Every country's land, merged: one path. */
  land: string;
  /** Borders between countries, each drawn once. */
  borders: string;
  /** One country's outline, by ISO 3166-1 numeric code; '' when it is off the map. */
  country: (isoNumeric: string) => string;
}

/**
 * Shapes for a projection already fitted and clipped to the drawing (clipExtent), simplified so
 * that no point strays more than `tolerance` units from the original line.
 */
export function mapShapes(projection: GeoProjection, tolerance: number): MapShapes {
  const source = loadWorld();
  const arcs = source.arcs.map((arc) => {
    const screen = arc.map((p) => projection(p as Position) ?? [0, 0]) as Position[];
    return simplifyLine(screen, tolerance).map((i) => arc[i] as Position);
  });
  const topo = { ...source, arcs } as Countries;
  const geometries = topo.objects.countries.geometries;
  const byId = new Map(geometries.map((g) => [String(g.id), g]));
  return {
    land: pathData(merge(topo, geometries as (Polygon | MultiPolygon)[]), projection),
    borders: pathData(
      mesh(topo, topo.objects.countries, (a, b) => a !== b),
      projection,
    ),
    country(isoNumeric) {
      const g = byId.get(isoNumeric);
      return g ? pathData(feature(topo, g), projection) : '';
    },
  };
}
