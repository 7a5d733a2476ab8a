/**
 * The site's one source of truth: every figure, event, source, person and country, read from
 * content/data, validated, and cross-checked (every id a file refers to must exist). Pages,
 * components and charts all read from here, so text and charts cannot disagree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, assertUniqueIds, parseFigureFile, parseList, parseLists } from './load';
import { icsrFigures, parseIcsrCsv } from './icsr';
import { NAV } from '../site';
import {
  chartTextSchema,
  keyFigureTileSchema,
  mapDestinationSchema,
  mapLabelSchema,
  mapMoveSchema,
  mapPlaceSchema,
  type ChartText,
  type KeyFigureTile,
  type MapDestination,
  type MapLabel,
  type MapMove,
  type MapPlace,
} from './chart-schema';
import { resolveRefs } from './text-refs';
import {
  countrySchema,
  eventSchema,
  figureSchema,
  partySchema,
  sourceSchema,
  type Country,
  type Event,
  type Figure,
  type Party,
  type Source,
  type Topic,
  topicSchema,
  type RetiredAnchor,
  retiredAnchorSchema,
} from './schema';

/** Where an entry was read from (file, and the line it starts on), for error messages and the sources page. */
export type Filed<T> = T & { file: string; line: number };

export interface Dataset {
  figures: Map<string, Filed<Figure>>;
  events: Map<string, Filed<Event>>;
  sources: Map<string, Filed<Source>>;
  parties: Map<string, Filed<Party>>;
  countries: Map<string, Filed<Country>>;
  charts: Map<string, Filed<ChartText>>;
  topics: Map<string, Filed<Topic>>;
  /** Renamed section ids that must keep working. */
  retired: Filed<RetiredAnchor>[];
  /** The home page's key-figure tiles, in order (key-figures.yaml). */
  keyFigures: Filed<KeyFigureTile>[];
  /** The origins map's places, moves, label positions and destinations (origins-map.yaml). */
  map: { places: Filed<MapPlace>[]; moves: Filed<MapMove>[]; labels: Filed<MapLabel>[]; destinations: Filed<MapDestination>[] };
}

/** ICSR's country table, kept as transcribed (see content/data/README.md). */
export const ICSR_CSV = 'icsr-2013-2015.csv';

function byId<T extends { id: string }>(entries: Filed<T>[], kind: string): Map<string, Filed<T>> {
  assertUniqueIds(entries, kind);
  return new Map(entries.map((e) => [e.id, e]));
}

function readList<T extends object>(
  dir: string,
  name: string,
  schema: Parameters<typeof parseList>[2],
  kind: string,
): Filed<T>[] {
  const path = join(dir, name);
  const file = relative(process.cwd(), path);
  return (parseList(readFileSync(path, 'utf8'), file, schema, kind) as (T & { line: number })[]).map((e) => ({ ...e, file }));
}

/** Reads and checks every dataset under `dir` (content/data by default). */
export function loadDataset(dir = join(process.cwd(), 'content', 'data')): Dataset {
  const figureDir = join(dir, 'figures');
  const figureFiles = readdirSync(figureDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const figures = figureFiles.flatMap((name) => {
    const file = relative(process.cwd(), join(figureDir, name));
    return (
      parseFigureFile(readFileSync(join(figureDir, name), 'utf8'), file, figureSchema) as (Figure & { line: number })[]
    ).map((f) => ({ ...f, file }));
  });
  const countries = byId(readList<Country>(dir, 'countries.yaml', countrySchema, 'country'), 'country');
  const icsrFile = relative(process.cwd(), join(dir, ICSR_CSV));
  const icsr = icsrFigures(parseIcsrCsv(readFileSync(join(dir, ICSR_CSV), 'utf8'), icsrFile), countries, icsrFile);
  const dataset: Dataset = {
    figures: byId([...figures, ...icsr], 'figure'),
    events: byId(readList<Event>(dir, 'events.yaml', eventSchema, 'event'), 'event'),
    sources: byId(readList<Source>(dir, 'sources.yaml', sourceSchema, 'source'), 'source'),
    parties: byId(readList<Party>(dir, 'people.yaml', partySchema, 'person or organisation'), 'person or organisation'),
    countries,
    charts: byId(readList<ChartText>(dir, 'charts.yaml', chartTextSchema, 'chart'), 'chart'),
    topics: byId(readList<Topic>(dir, 'topics.yaml', topicSchema, 'topic'), 'topic'),
    retired: readList<RetiredAnchor>(dir, 'retired-anchors.yaml', retiredAnchorSchema, 'retired anchor'),
    keyFigures: readList<KeyFigureTile>(dir, 'key-figures.yaml', keyFigureTileSchema, 'tile'),
    map: readMap(dir),
  };
  const problems = [...crossCheck(dataset), ...writeRefs(dataset)];
  if (problems.length > 0) throw new ContentError(problems);
  return dataset;
}

function readMap(dir: string): Dataset['map'] {
  const path = join(dir, 'origins-map.yaml');
  const file = relative(process.cwd(), path);
  const lists = parseLists(
    readFileSync(path, 'utf8'),
    file,
    { places: mapPlaceSchema, moves: mapMoveSchema, labels: mapLabelSchema, destinations: mapDestinationSchema },
    { places: 'place', moves: 'move', labels: 'label', destinations: 'destination' },
  );
  const filed = <T>(list: T[]) => list.map((e) => ({ ...e, file }));
  assertUniqueIds(filed(lists.places), 'place');
  assertUniqueIds(filed(lists.moves), 'move');
  return {
    places: filed(lists.places),
    moves: filed(lists.moves),
    labels: filed(lists.labels),
    destinations: filed(lists.destinations),
  };
}

/**
 * The words around charts with their {fig:…} references written out (text-refs.ts), in place;
 * returns a message per unknown reference, naming the file, the entry and the field.
 */
function writeRefs(d: Dataset): string[] {
  const problems: string[] = [];
  for (const c of d.charts.values()) {
    const at = (field: string) => `${c.file}: chart "${c.id}", field "${field}"`;
    c.title = resolveRefs(c.title, d.figures, at('title'), problems);
    c.takeaway = resolveRefs(c.takeaway, d.figures, at('takeaway'), problems);
    c.description = resolveRefs(c.description, d.figures, at('description'), problems);
    c.notes = c.notes.map((n, i) => resolveRefs(n, d.figures, at(`notes[${i}]`), problems));
  }
  d.keyFigures.forEach((t, i) => {
    t.context = resolveRefs(t.context, d.figures, `${t.file}: tile ${i + 1} ("${t.figure}"), field "context"`, problems);
  });
  return problems;
}

/** Every id one entry uses for another must exist; returns a message per dangling reference. */
export function crossCheck(d: Dataset): string[] {
  const problems: string[] = [];
  const need = (map: Map<string, unknown>, id: string | undefined, where: string, field: string, kind: string) => {
    if (id !== undefined && !map.has(id))
      problems.push(`${where}, field "${field}": unknown ${kind} id "${id}"${suggest(id, map)}`);
  };
  for (const f of d.figures.values()) {
    const where = `${f.file}:${f.line}: figure "${f.id}"`;
    need(d.parties, f.assertedBy, where, 'assertedBy', 'person or organisation');
    f.publishedIn.forEach((s, i) => need(d.sources, s, where, `publishedIn[${i}]`, 'source'));
    f.countries.forEach((c, i) => need(d.countries, c, where, `countries[${i}]`, 'country'));
    f.derived?.from.forEach((x, i) => need(d.figures, x, where, `derived.from[${i}]`, 'figure'));
    f.notes.forEach((n, i) => n.sources.forEach((s, j) => need(d.sources, s, where, `notes[${i}].sources[${j}]`, 'source')));
  }
  for (const e of d.events.values()) {
    const where = `${e.file}:${e.line}: event "${e.id}"`;
    e.sources.forEach((s, i) => need(d.sources, s, where, `sources[${i}]`, 'source'));
    e.countries.forEach((c, i) => need(d.countries, c, where, `countries[${i}]`, 'country'));
    e.people.forEach((p, i) => need(d.parties, p, where, `people[${i}]`, 'person or organisation'));
    e.figures.forEach((x, i) => need(d.figures, x, where, `figures[${i}]`, 'figure'));
  }
  const pages = new Set<string>(NAV.map((n) => n.id));
  for (const c of d.charts.values()) {
    if (!pages.has(c.page)) problems.push(`${c.file}:${c.line}: chart "${c.id}", field "page": unknown page "${c.page}"`);
  }
  for (const r of d.retired) {
    if (!pages.has(r.page))
      problems.push(`${r.file}:${r.line}: retired anchor "${r.id}", field "page": unknown page "${r.page}"`);
  }
  d.keyFigures.forEach((t, i) => {
    const where = `${t.file}: tile ${i + 1} ("${t.figure}")`;
    need(d.figures, t.figure, where, 'figure', 'figure');
    need(d.figures, t.compare, where, 'compare', 'figure');
    need(d.charts, t.chart, where, 'chart', 'chart');
    need(d.events, t.event, where, 'event', 'event');
  });
  for (const p of d.map.places) need(d.events, p.event, `${p.file}: place "${p.id}"`, 'event', 'event');
  for (const m of d.map.moves) {
    const where = `${m.file}: move "${m.id}"`;
    need(d.parties, m.assertedBy, where, 'assertedBy', 'person or organisation');
    m.sources.forEach((s, i) => need(d.sources, s, where, `sources[${i}]`, 'source'));
    need(d.events, m.event, where, 'event', 'event');
  }
  for (const l of d.map.labels) need(d.countries, l.country, `${l.file}: label of "${l.country}"`, 'country', 'country');
  for (const t of d.map.destinations) need(d.countries, t.country, `${t.file}: destination "${t.country}"`, 'country', 'country');
  for (const p of d.parties.values()) {
    const where = `${p.file}:${p.line}: person or organisation "${p.id}"`;
    need(d.parties, p.organisation, where, 'organisation', 'organisation');
    need(d.countries, p.country, where, 'country', 'country');
  }
  return problems;
}

/** " (did you mean …?)" for a mistyped id, when one existing id shares most of its words. */
export function suggest(id: string, map: Map<string, unknown>): string {
  const words = new Set(id.split('-'));
  let best = '';
  let bestShared = 0;
  let bestScore = 0;
  for (const candidate of map.keys()) {
    const theirs = candidate.split('-');
    const shared = theirs.filter((w) => words.has(w)).length;
    // Ranked by the words the two ids share of all their words, so that among candidates sharing
    // as many words the closest in length wins ("current-monthly-flow" for "peak-monthly-flow").
    const score = shared / new Set([...words, ...theirs]).size;
    if (score > bestScore) [best, bestShared, bestScore] = [candidate, shared, score];
  }
  return bestShared / Math.max(words.size, 1) >= 0.5 ? ` (did you mean "${best}"?)` : '';
}

let cached: Dataset | undefined;

/** The site's dataset, read once per build. */
export function getDataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}

/** A figure by id; an unknown id stops the build and names the caller's file. */
export function getFigure(id: string, usedIn = 'a page'): Filed<Figure> {
  const { figures } = getDataset();
  const f = figures.get(id);
  if (!f) throw new ContentError([`${usedIn}: unknown figure id "${id}"${suggest(id, figures)}`]);
  return f;
}

/** What a chart needs of a figure: anything, one value, a range, or a number (one value or a range). */
export type FigureShape = 'any' | 'value' | 'range' | 'number';

const SHAPE_WORDS: Record<Exclude<FigureShape, 'any'>, string> = {
  value: 'a single value',
  range: 'a range (low/high)',
  number: 'a number (a value or a range)',
};

function shapeOf(f: Figure): string {
  if (f.value !== undefined) return 'a single value';
  if (f.low !== undefined) return 'a range (low/high)';
  return 'words only (text)';
}

/**
 * A figure a chart draws. A figure that vanished, or that changed shape (a value became a range
 * or words), stops the build and names the chart's file and the figure's entry, instead of
 * drawing a 0. Chart code lives in src/charts/<chart id>.ts.
 */
export function chartFigure(data: Dataset, chart: string, id: string, shape: FigureShape = 'any'): Filed<Figure> {
  const f = data.figures.get(id);
  const code = `src/charts/${chart}.ts`;
  if (!f)
    throw new ContentError([
      `${code}: chart "${chart}" draws figure "${id}", which no file in content/data defines${suggest(id, data.figures)}`,
    ]);
  const ok =
    shape === 'any' ||
    (shape === 'value' && f.value !== undefined) ||
    (shape === 'range' && f.low !== undefined && f.high !== undefined) ||
    (shape === 'number' && (f.value !== undefined || f.low !== undefined));
  if (!ok)
    throw new ContentError([
      `${f.file}:${f.line}: figure "${id}", field "${shape === 'range' ? 'low' : 'value'}": chart "${chart}" (${code}) draws ${SHAPE_WORDS[shape]}, and this figure now gives ${shapeOf(f)}`,
    ]);
  return f;
}

/** An event by id; an unknown id stops the build. */
export function getEvent(id: string, usedIn = 'a page'): Filed<Event> {
  const { events } = getDataset();
  const e = events.get(id);
  if (!e) throw new ContentError([`${usedIn}: unknown event id "${id}"${suggest(id, events)}`]);
  return e;
}
