/**
 * Turns a chart spec and the dataset into everything the page and the downloads need: both
 * SVG drawings, the data table, the CSV, the source line. The page, the CSV endpoint and the
 * SVG endpoint all call this, so the three cannot differ.
 */
import { chartFigure, type Dataset } from '../data/dataset';
import { toCsv } from '../data/csv';
import { KIND_WORDS, UNIT_NAMES, partyLabel, sourceLabel } from '../data/format';
import { SITE } from '../site';
import { chartSource } from './figure-row';
import { figureHref } from '../data/reference-pages';
import { ContentError } from '../data/load';
import type { ChartText } from '../data/chart-schema';
import type { ChartSpec, Column, RowLink } from './types';

export interface TableRow {
  cells: string[];
  /** The row's link: its figure's source entry, or what the spec's linkOf gives. */
  link: RowLink | undefined;
}

export interface ChartModel {
  id: string;
  /** The chart's element id on its page: its permalink. */
  anchor: string;
  text: ChartText;
  svg: { narrow: string; wide: string };
  /** The figure spans the page's width where there is one (a map, a long time axis). */
  wide: boolean;
  /** Page markup shown instead of the drawings, for charts made of text. */
  html: string | undefined;
  /** A self-contained SVG file for download. */
  file: string;
  /** Keyboard help, read after the chart's description. */
  help: string;
  columns: { label: string; numeric: boolean }[];
  /** Columns with the same cell in every row, said once above the table rather than in each row. */
  shared: { label: string; value: string }[];
  /** Where the page lists the rows instead of a table (see ChartSpec.listedOnPage). */
  listedOnPage: (RowLink & { rows: string }) | undefined;
  /** Heading of the table's link column. */
  linkHeader: string;
  rows: TableRow[];
  csv: string;
  /** Who asserted the figures shown, and where, in full. */
  source: string;
  /** The same in one short line, always visible under the drawing: who, without roles or dates. */
  sourceShort: string;
  /** Ids of the figures shown, in row order. */
  figures: string[];
  /** The views a reader can switch between (none for most charts); the first is the default. */
  views: { id: string; label: string }[];
}

export interface Chart {
  id: string;
  build: (data: Dataset, siteUrl?: string) => ChartModel;
}

export const chartAnchor = (id: string) => `chart-${id}`;

/**
 * Who asserted the figures and where, one entry per speaker: "Bernard Cazeneuve, French
 * Interior Minister, in Kelnews, 6 September 2016 and Reuters…". The site's own arithmetic is
 * named once at the end; the table and notes say what was calculated.
 */
function sourceLine(chart: string, figures: string[], data: Dataset): string {
  const bySpeaker = new Map<string, Set<string>>();
  let calculated = false;
  for (const id of figures) {
    const f = chartFigure(data, chart, id);
    if (f.kind === 'derived') {
      calculated = true;
      continue;
    }
    const party = data.parties.get(f.assertedBy);
    const first = chartSource(data, f);
    const who = party ? partyLabel(party) : f.assertedBy;
    // The article's own claims: the outlet is the speaker, named once.
    const key = first && party?.name === first.publisher ? '' : who;
    const where = first ? sourceLabel(first) : '';
    bySpeaker.set(key, (bySpeaker.get(key) ?? new Set()).add(where));
  }
  const parts = [...bySpeaker].map(([who, wheres]) => {
    const list = [...wheres].filter(Boolean).join(' and ');
    return who ? `${who}${list ? `, in ${list}` : ''}` : list;
  });
  return [...parts, ...(calculated ? ['our calculations'] : [])].join('; ');
}

/** How many names the short source line gives before "and N others". */
const SHORT_NAMES = 3;

/**
 * The source in one line: who asserted the figures, by name only ("U.S. intelligence, Peter E.
 * Gersten and Steve Warren"), the outlets when they speak for themselves, "our calculations"
 * last. The full line, with roles, outlets and dates, is behind the chart's "Sources" control.
 */
function shortSourceLine(chart: string, figures: string[], data: Dataset): string {
  const names = new Set<string>();
  let calculated = false;
  for (const id of figures) {
    const f = chartFigure(data, chart, id);
    if (f.kind === 'derived') calculated = true;
    else names.add(data.parties.get(f.assertedBy)?.name ?? f.assertedBy);
  }
  const list = [...names];
  const shown = list.length > SHORT_NAMES + 1 ? [...list.slice(0, SHORT_NAMES), `${list.length - SHORT_NAMES} others`] : list;
  const who = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : (shown[0] ?? '');
  return [who, ...(calculated ? ['our calculations'] : [])].filter(Boolean).join('; ');
}

/** What a figure's number counts, for the CSV's unit column: "people a month". */
function unitOf(data: Dataset, id: string | undefined): string {
  const f = id ? data.figures.get(id) : undefined;
  return f && f.kind !== 'qualitative' ? UNIT_NAMES[f.unit] : '';
}

/**
 * The CSV: the table's words as the reader sees them (hedges included), then the numbers a
 * spreadsheet can use (value, or low and high), the unit they are in, the figure's kind and
 * hedge, and its id and link. The header names the unit when every row shares one.
 */
function csvOf<R>(
  spec: ChartSpec<R>,
  rows: R[],
  data: Dataset,
  cellsOf: (row: R) => string[],
  linkOf: (row: R) => RowLink | undefined,
  siteUrl: string,
) {
  const ids = rows.map(spec.figureOf);
  const units = new Set(ids.map((id) => unitOf(data, id)).filter(Boolean));
  const [only] = units.size === 1 ? [...units] : [];
  const head = (name: string) => (only ? `${name} (${only})` : name);
  return toCsv([
    [
      ...spec.columns.map((c) => c.label),
      head('Value'),
      head('Low'),
      head('High'),
      'Unit',
      'Hedge',
      'Kind',
      'Figure id',
      spec.linkOf ? 'Link' : 'Source entry',
    ],
    ...rows.map((row, i) => {
      const id = ids[i];
      const f = id ? data.figures.get(id) : undefined;
      const link = linkOf(row);
      return [
        ...cellsOf(row),
        f?.value ?? '',
        f?.low ?? '',
        f?.high ?? '',
        unitOf(data, id),
        f?.hedge ?? '',
        f ? KIND_WORDS[f.kind] : '',
        id ?? '',
        link ? `${siteUrl}${link.href}` : '',
      ];
    }),
  ]);
}

/**
 * The page table's columns, less those whose cell is the same in every row (after the first
 * column, which names the row): those are said once, above the table. The CSV keeps them all.
 */
function splitShared<R>(columns: Column<R>[], rows: R[]): { columns: Column<R>[]; shared: { label: string; value: string }[] } {
  const constant = (c: Column<R>, i: number) =>
    i > 0 && rows.length > 2 && new Set(rows.map((row) => String(c.value(row)))).size === 1;
  return {
    columns: columns.filter((c, i) => !constant(c, i)),
    shared: columns
      .filter(constant)
      .map((c) => ({ label: c.label, value: String(rows[0] === undefined ? '' : c.value(rows[0])) })),
  };
}

/** Wraps a typed spec into a chart the registry can hold next to charts of other row types. */
export function defineChart<R>(spec: ChartSpec<R>): Chart {
  return {
    id: spec.id,
    build(data, siteUrl = '') {
      const text = data.charts.get(spec.id);
      if (!text)
        throw new ContentError([
          `content/data/charts.yaml: no entry for chart "${spec.id}" (its title, takeaway and description)`,
        ]);
      const rows = spec.rows(data);
      const figures = rows.map(spec.figureOf).filter((id): id is string => id !== undefined);
      const source = spec.source ? spec.source(rows, data) : sourceLine(spec.id, figures, data);
      const sourceShort = spec.sourceShort?.(rows, data) ?? (spec.source ? source : shortSourceLine(spec.id, figures, data));
      const anchor = chartAnchor(spec.id);
      const base = { title: text.title, description: text.description, helpId: `${anchor}-help` };
      const cellsOf = (row: R) => spec.columns.map((c) => String(c.value(row)));
      const { columns: tableColumns, shared } = splitShared(spec.tableColumns ?? spec.columns, rows);
      const linkOf = (row: R): RowLink | undefined => {
        const own = spec.linkOf?.(row);
        if (own) return own;
        const id = spec.figureOf(row);
        return id ? { href: figureHref(id), text: 'Source entry' } : undefined;
      };
      return {
        id: spec.id,
        anchor,
        text,
        svg: {
          narrow: spec.render(rows, { ...base, layout: 'narrow', idPrefix: `${anchor}-n` }),
          wide: spec.render(rows, { ...base, layout: 'wide', idPrefix: `${anchor}-w` }),
        },
        wide: spec.wide ?? false,
        html: spec.html?.(rows, data),
        file: spec.render(rows, {
          title: text.title,
          description: text.description,
          layout: 'wide',
          idPrefix: anchor,
          standalone: {
            takeaway: text.takeaway,
            source,
            notes: text.notes,
            licence: `${SITE.name}, ${SITE.publisher}. Licence: ${SITE.licence.short} (${SITE.licence.url}); data taken from a source stay under that source's terms.`,
            url: `${siteUrl}/${text.page === 'index' ? '' : `${text.page}/`}#${anchor}`,
          },
        }),
        help: spec.help ?? "Use the arrow keys to move between the values; press Enter to open a value's source.",
        columns: tableColumns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
        shared,
        listedOnPage: spec.listedOnPage,
        linkHeader: spec.linkHeader ?? 'Source',
        rows: rows.map((row) => ({ cells: tableColumns.map((c) => String(c.value(row))), link: linkOf(row) })),
        csv: csvOf(spec, rows, data, cellsOf, linkOf, siteUrl),
        source,
        sourceShort,
        figures,
        views: spec.views ?? [],
      };
    },
  };
}
