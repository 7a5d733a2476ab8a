/**
 * The whole dataset as downloads for reuse: every figure, event and source, as CSV (one file
 * each) and as one JSON file, with a data dictionary that says what every column means and the
 * licence they are under. Written at build time by src/pages/data/[file].ts and linked from the
 * sources page. Every CSV cell goes through toCsv (spreadsheet-safe).
 */
import { SITE } from '../site';
import { toCsv } from './csv';
import type { Dataset } from './dataset';
import { figureHref } from './reference-pages';
import { KIND_WORDS, UNIT_NAMES } from './format';
import type { Event, Figure, Source } from './schema';

/** One column of an exported table: its name, what it holds, and the value for an entry. */
interface Field<T> {
  name: string;
  about: string;
  value: (entry: T, data: Dataset, siteUrl: string) => string | number | undefined;
}

const list = (ids: readonly string[]) => ids.join('; ');

const FIGURE_FIELDS: Field<Figure>[] = [
  {
    name: 'id',
    about: 'The figure’s id, stable; its entry in the figure register is at the address in the url column, ending #fig-<id>.',
    value: (f) => f.id,
  },
  { name: 'label', about: 'What the figure counts, in the site’s words.', value: (f) => f.label },
  { name: 'value', about: 'The number, when the source gave one number (see unit).', value: (f) => f.value },
  { name: 'low', about: 'The low end, when the source gave a range.', value: (f) => f.low },
  { name: 'high', about: 'The high end, when the source gave a range.', value: (f) => f.high },
  { name: 'text', about: 'The source’s words, when it gave no number ("a small handful").', value: (f) => f.text },
  {
    name: 'hedge',
    about: 'The source’s hedge, kept as it gave it: "up to" (a ceiling), "as few as" (a floor), "about", "more than"…',
    value: (f) => f.hedge,
  },
  { name: 'unit', about: 'The unit’s code: people, people-per-month, per-million, percent, names…', value: (f) => f.unit },
  {
    name: 'unit_words',
    about: 'The unit in words: "people a month", "people per million inhabitants".',
    value: (f) => UNIT_NAMES[f.unit],
  },
  {
    name: 'kind',
    about: 'How the figure was arrived at: count, estimate, detail, derived (our calculation) or qualitative.',
    value: (f) => f.kind,
  },
  { name: 'kind_words', about: 'The same in a reader’s words.', value: (f) => KIND_WORDS[f.kind] },
  {
    name: 'period_from',
    about: 'First month or day the figure covers (ISO 8601, as precise as known); empty when the source gave no start.',
    value: (f) => f.period.from,
  },
  { name: 'period_to', about: 'Last month or day the figure covers.', value: (f) => f.period.to },
  { name: 'period', about: 'The period in words.', value: (f) => f.period.label },
  { name: 'as_of', about: 'When the figure was stated or published (ISO 8601).', value: (f) => f.asOf },
  {
    name: 'asserted_by',
    about: 'Who asserted the figure: an id in people (the sources page and /people/ name them).',
    value: (f) => f.assertedBy,
  },
  { name: 'asserted_by_name', about: 'Their name.', value: (f, d) => d.parties.get(f.assertedBy)?.name },
  {
    name: 'published_in',
    about: 'Where it was published: source ids (sources.csv), separated by "; ", the first the main one.',
    value: (f) => list(f.publishedIn),
  },
  {
    name: 'confidence',
    about:
      'The fact check’s grade: high (two or more sources agree), medium (one good source), low (one weak source or conflicting figures).',
    value: (f) => f.confidence,
  },
  { name: 'countries', about: 'Countries the figure concerns: ids, separated by "; ".', value: (f) => list(f.countries) },
  { name: 'series', about: 'The series the figure belongs to, if any (e.g. soufan-2015).', value: (f) => f.series },
  {
    name: 'derived_from',
    about: 'For our calculations: the figures it is calculated from, separated by "; ".',
    value: (f) => list(f.derived?.from ?? []),
  },
  { name: 'derived_method', about: 'For our calculations: the arithmetic.', value: (f) => f.derived?.method },
  {
    name: 'notes',
    about: 'Caveats in the site’s words, separated by " | ".',
    value: (f) => f.notes.map((n) => n.text).join(' | '),
  },
  {
    name: 'url',
    about: 'The figure’s entry in the figure register.',
    value: (f, _d, site) => `${site}${figureHref(f.id)}`,
  },
];

const EVENT_FIELDS: Field<Event>[] = [
  { name: 'id', about: 'The event’s id, stable.', value: (e) => e.id },
  { name: 'date', about: 'When it happened (ISO 8601, as precise as known: year, month or day).', value: (e) => e.date },
  { name: 'end_date', about: 'Last day, for events that lasted.', value: (e) => e.endDate },
  { name: 'date_note', about: 'A caveat on the date.', value: (e) => e.dateNote },
  { name: 'title', about: 'A short headline in the site’s words.', value: (e) => e.title },
  { name: 'summary', about: 'One or two sentences in the site’s words.', value: (e) => e.summary },
  { name: 'sources', about: 'Source ids (sources.csv), separated by "; ".', value: (e) => list(e.sources) },
  { name: 'countries', about: 'Country ids, separated by "; ".', value: (e) => list(e.countries) },
  { name: 'people', about: 'Ids of the people and bodies involved, separated by "; ".', value: (e) => list(e.people) },
  { name: 'figures', about: 'Ids of related figures (figures.csv), separated by "; ".', value: (e) => list(e.figures) },
  { name: 'url', about: 'The section of the site that explains the event.', value: (e, _d, site) => `${site}${e.section}` },
];

const SOURCE_FIELDS: Field<Source>[] = [
  { name: 'id', about: 'The source’s id, stable; its entry in the source list ends #src-<id>.', value: (s) => s.id },
  {
    name: 'title',
    about: 'Title as published (in square brackets: a description, where the title is in another script or unknown).',
    value: (s) => s.title,
  },
  { name: 'publisher', about: 'Outlet or publishing body.', value: (s) => s.publisher },
  { name: 'date', about: 'Publication date (ISO 8601, as precise as known).', value: (s) => s.date },
  { name: 'authors', about: 'Authors, where named, separated by "; ".', value: (s) => list(s.authors) },
  {
    name: 'kind',
    about: 'news, report, official, transcript, book, dataset, reference (an encyclopedia or a copy of one: weak) or speech.',
    value: (s) => s.kind,
  },
  { name: 'language', about: 'Language of the original (ISO 639-1).', value: (s) => s.language },
  { name: 'url', about: 'The original’s address.', value: (s) => s.url },
  { name: 'read_at', about: 'Where the copy that was checked was read, when that differs from url.', value: (s) => s.readAt },
  { name: 'note', about: 'What the source is used for.', value: (s) => s.note },
];

export const TABLES = { figures: FIGURE_FIELDS, events: EVENT_FIELDS, sources: SOURCE_FIELDS } as const;
export type TableName = keyof typeof TABLES;

/** The licence, said once for every download: the site's own, and the sources' where they differ. */
export function licenceText(): string {
  return (
    `${SITE.name}, published by ${SITE.publisher}. The compilation, the site's own words (labels, notes, summaries) ` +
    `and its calculations are licensed under ${SITE.licence.name} (${SITE.licence.short}, ${SITE.licence.url}): reuse them ` +
    `with credit. Each figure is a fact reported by the sources named in its row; the sources' own texts, and any words ` +
    `quoted from them, stay under their publishers' terms.`
  );
}

function rowsOf<T>(fields: Field<T>[], entries: T[], data: Dataset, siteUrl: string): (string | number)[][] {
  return entries.map((e) => fields.map((f) => f.value(e, data, siteUrl) ?? ''));
}

const entriesOf = (name: TableName, data: Dataset) =>
  ({ figures: [...data.figures.values()], events: [...data.events.values()], sources: [...data.sources.values()] })[name];

/** One table as CSV: a header row of column names, then one row per entry. */
export function tableCsv(name: TableName, data: Dataset, siteUrl = ''): string {
  const fields = TABLES[name] as Field<unknown>[];
  return toCsv([fields.map((f) => f.name), ...rowsOf(fields, entriesOf(name, data), data, siteUrl)]);
}

/** The data dictionary as CSV: table, column, what it holds. */
export function dictionaryCsv(): string {
  return toCsv([
    ['table', 'column', 'description'],
    ...Object.entries(TABLES).flatMap(([table, fields]) => (fields as Field<unknown>[]).map((f) => [table, f.name, f.about])),
  ]);
}

/** Everything in one JSON document: the licence, the dictionary, and each table's rows as objects. */
export function datasetJson(data: Dataset, siteUrl = ''): string {
  const tables = Object.fromEntries(
    (Object.keys(TABLES) as TableName[]).map((name) => {
      const fields = TABLES[name] as Field<unknown>[];
      const rows = entriesOf(name, data).map((e) =>
        Object.fromEntries(fields.map((f) => [f.name, f.value(e, data, siteUrl) ?? null])),
      );
      return [name, rows];
    }),
  );
  const dictionary = Object.fromEntries(
    Object.entries(TABLES).map(([table, fields]) => [
      table,
      Object.fromEntries((fields as Field<unknown>[]).map((f) => [f.name, f.about])),
    ]),
  );
  return JSON.stringify(
    {
      title: `${SITE.name}: figures, events and sources`,
      publisher: SITE.publisher,
      licence: { name: SITE.licence.name, short: SITE.licence.short, url: SITE.licence.url, text: licenceText() },
      lastUpdated: SITE.lastUpdated,
      url: `${siteUrl}/sources/#downloads`,
      dictionary,
      ...tables,
    },
    null,
    1,
  );
}

/** The downloads, by file name. */
export const DATA_FILES = ['figures.csv', 'events.csv', 'sources.csv', 'data-dictionary.csv', 'dataset.json'] as const;
