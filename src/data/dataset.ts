/**
 * The site's one source of truth: every figure, event, source, person and country, read from
 * content/data, validated, and cross-checked (every id a file refers to must exist). Pages,
 * components and charts all read from here, so text and charts cannot disagree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, assertUniqueIds, parseFigureFile, parseList } from './load';
import { icsrFigures, parseIcsrCsv } from './icsr';
import { NAV } from '../site';
import {
  chartTextSchema,
  countrySchema,
  eventSchema,
  figureSchema,
  partySchema,
  sourceSchema,
  type ChartText,
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

/** Where an entry was read from, for error messages and the sources page. */
export type Filed<T> = T & { file: string };

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
}

/** ICSR's country table, kept as transcribed (see content/data/README.md). */
export const ICSR_CSV = 'icsr-2013-2015.csv';

function byId<T extends { id: string }>(entries: Filed<T>[], kind: string): Map<string, Filed<T>> {
  assertUniqueIds(entries, kind);
  return new Map(entries.map((e) => [e.id, e]));
}

function readList<T extends { id: string }>(
  dir: string,
  name: string,
  schema: Parameters<typeof parseList>[2],
  kind: string,
): Filed<T>[] {
  const path = join(dir, name);
  const file = relative(process.cwd(), path);
  return (parseList(readFileSync(path, 'utf8'), file, schema, kind) as T[]).map((e) => ({ ...e, file }));
}

/** Reads and checks every dataset under `dir` (content/data by default). */
export function loadDataset(dir = join(process.cwd(), 'content', 'data')): Dataset {
  const figureDir = join(dir, 'figures');
  const figureFiles = readdirSync(figureDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const figures = figureFiles.flatMap((name) => {
    const file = relative(process.cwd(), join(figureDir, name));
    return parseFigureFile(readFileSync(join(figureDir, name), 'utf8'), file, figureSchema).map((f) => ({
      ...f,
      file,
    }));
  });
  const countries = byId(readList<Country>(dir, 'countries.yaml', countrySchema, 'country'), 'country');
  const icsrFile = relative(process.cwd(), join(dir, ICSR_CSV));
  const icsr = icsrFigures(parseIcsrCsv(readFileSync(join(dir, ICSR_CSV), 'utf8'), icsrFile), countries, icsrFile);
  const dataset: Dataset = {
    figures: byId([...figures, ...icsr.map((f) => ({ ...f, file: icsrFile }))], 'figure'),
    events: byId(readList<Event>(dir, 'events.yaml', eventSchema, 'event'), 'event'),
    sources: byId(readList<Source>(dir, 'sources.yaml', sourceSchema, 'source'), 'source'),
    parties: byId(readList<Party>(dir, 'people.yaml', partySchema, 'person or organisation'), 'person or organisation'),
    countries,
    charts: byId(readList<ChartText>(dir, 'charts.yaml', chartTextSchema, 'chart'), 'chart'),
    topics: byId(readList<Topic>(dir, 'topics.yaml', topicSchema, 'topic'), 'topic'),
    retired: readList<RetiredAnchor>(dir, 'retired-anchors.yaml', retiredAnchorSchema, 'retired anchor'),
  };
  const problems = crossCheck(dataset);
  if (problems.length > 0) throw new ContentError(problems);
  return dataset;
}

/** Every id one entry uses for another must exist; returns a message per dangling reference. */
export function crossCheck(d: Dataset): string[] {
  const problems: string[] = [];
  const need = (map: Map<string, unknown>, id: string | undefined, where: string, field: string, kind: string) => {
    if (id !== undefined && !map.has(id))
      problems.push(`${where}, field "${field}": unknown ${kind} id "${id}"${suggest(id, map)}`);
  };
  for (const f of d.figures.values()) {
    const where = `${f.file}: figure "${f.id}"`;
    need(d.parties, f.assertedBy, where, 'assertedBy', 'person or organisation');
    f.publishedIn.forEach((s, i) => need(d.sources, s, where, `publishedIn[${i}]`, 'source'));
    f.countries.forEach((c, i) => need(d.countries, c, where, `countries[${i}]`, 'country'));
    f.derived?.from.forEach((x, i) => need(d.figures, x, where, `derived.from[${i}]`, 'figure'));
    f.notes.forEach((n, i) => n.sources.forEach((s, j) => need(d.sources, s, where, `notes[${i}].sources[${j}]`, 'source')));
  }
  for (const e of d.events.values()) {
    const where = `${e.file}: event "${e.id}"`;
    e.sources.forEach((s, i) => need(d.sources, s, where, `sources[${i}]`, 'source'));
    e.countries.forEach((c, i) => need(d.countries, c, where, `countries[${i}]`, 'country'));
    e.people.forEach((p, i) => need(d.parties, p, where, `people[${i}]`, 'person or organisation'));
    e.figures.forEach((x, i) => need(d.figures, x, where, `figures[${i}]`, 'figure'));
  }
  const pages = new Set(NAV.map((n) => n.id));
  for (const c of d.charts.values()) {
    if (!pages.has(c.page)) problems.push(`${c.file}: chart "${c.id}", field "page": unknown page "${c.page}"`);
  }
  for (const r of d.retired) {
    if (!pages.has(r.page)) problems.push(`${r.file}: retired anchor "${r.id}", field "page": unknown page "${r.page}"`);
  }
  for (const p of d.parties.values()) {
    const where = `${p.file}: "${p.id}"`;
    need(d.parties, p.organisation, where, 'organisation', 'organisation');
    need(d.countries, p.country, where, 'country', 'country');
  }
  return problems;
}

/** " (did you mean …?)" for a mistyped id, when one existing id shares most of its words. */
export function suggest(id: string, map: Map<string, unknown>): string {
  const words = new Set(id.split('-'));
  let best = '';
  let bestScore = 0;
  for (const candidate of map.keys()) {
    const score = candidate.split('-').filter((w) => words.has(w)).length / Math.max(words.size, 1);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore >= 0.5 ? ` (did you mean "${best}"?)` : '';
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

/** An event by id; an unknown id stops the build. */
export function getEvent(id: string, usedIn = 'a page'): Filed<Event> {
  const { events } = getDataset();
  const e = events.get(id);
  if (!e) throw new ContentError([`${usedIn}: unknown event id "${id}"${suggest(id, events)}`]);
  return e;
}
