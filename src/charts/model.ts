/**
 * Turns a chart spec and the dataset into everything the page and the downloads need: both
 * SVG drawings, the data table, the CSV, the source line. The page, the CSV endpoint and the
 * SVG endpoint all call this, so the three cannot differ.
 */
import { chartFigure, type Dataset } from '../data/dataset';
import { toCsv } from '../data/csv';
import { partyLabel, sourceLabel } from '../data/format';
import { figureAnchor } from '../data/figure-index';
import { ContentError } from '../data/load';
import type { ChartText } from '../data/chart-schema';
import type { ChartSpec, RowLink } from './types';

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
  /** Page markup shown instead of the drawings, for charts made of text. */
  html: string | undefined;
  /** A self-contained SVG file for download. */
  file: string;
  /** Keyboard help, read after the chart's description. */
  help: string;
  columns: { label: string; numeric: boolean }[];
  /** Heading of the table's link column. */
  linkHeader: string;
  rows: TableRow[];
  csv: string;
  /** Who asserted the figures shown, and where: one line. */
  source: string;
  /** Ids of the figures shown, in row order. */
  figures: string[];
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
    const first = data.sources.get(f.publishedIn[0] ?? '');
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
  return [...parts, ...(calculated ? ['calculations by this site'] : [])].join('; ');
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
      const anchor = chartAnchor(spec.id);
      const base = { title: text.title, description: text.description, helpId: `${anchor}-help` };
      const cellsOf = (row: R) => spec.columns.map((c) => String(c.value(row)));
      const linkOf = (row: R): RowLink | undefined => {
        const own = spec.linkOf?.(row);
        if (own) return own;
        const id = spec.figureOf(row);
        return id ? { href: `/sources/#${figureAnchor(id)}`, text: 'Source entry' } : undefined;
      };
      return {
        id: spec.id,
        anchor,
        text,
        svg: {
          narrow: spec.render(rows, { ...base, layout: 'narrow', idPrefix: `${anchor}-n` }),
          wide: spec.render(rows, { ...base, layout: 'wide', idPrefix: `${anchor}-w` }),
        },
        html: spec.html?.(rows, data),
        file: spec.render(rows, {
          title: text.title,
          description: text.description,
          layout: 'wide',
          idPrefix: anchor,
          standalone: { source, url: `${siteUrl}/${text.page === 'index' ? '' : `${text.page}/`}#${anchor}` },
        }),
        help: spec.help ?? "Use the arrow keys to move between the values; press Enter to open a value's source.",
        columns: spec.columns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
        linkHeader: spec.linkHeader ?? 'Source',
        rows: rows.map((row) => ({ cells: cellsOf(row), link: linkOf(row) })),
        csv: toCsv([
          [...spec.columns.map((c) => c.label), 'Figure id', spec.linkOf ? 'Link' : 'Source entry'],
          ...rows.map((row) => {
            const link = linkOf(row);
            return [...cellsOf(row), spec.figureOf(row) ?? '', link ? `${siteUrl}${link.href}` : ''];
          }),
        ]),
        source,
        figures,
      };
    },
  };
}
