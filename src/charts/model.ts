/**
 * Turns a chart spec and the dataset into everything the page and the downloads need: both
 * SVG drawings, the data table, the CSV, the source line. The page, the CSV endpoint and the
 * SVG endpoint all call this, so the three cannot differ.
 */
import { csvFormatRows } from 'd3';
import type { Dataset } from '../data/dataset';
import { attribution } from '../data/format';
import { figureAnchor } from '../data/figure-index';
import { ContentError } from '../data/load';
import type { ChartText } from '../data/schema';
import type { ChartSpec } from './types';

export interface TableRow {
  cells: string[];
  /** Link to the row's source entry, when the row shows a figure. */
  href: string | undefined;
}

export interface ChartModel {
  id: string;
  /** The chart's element id on its page: its permalink. */
  anchor: string;
  text: ChartText;
  svg: { narrow: string; wide: string };
  /** A self-contained SVG file for download. */
  file: string;
  columns: { label: string; numeric: boolean }[];
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
      const sources = [
        ...new Set(
          figures.map((id) => {
            const f = data.figures.get(id);
            if (!f) throw new ContentError([`chart "${spec.id}": unknown figure id "${id}"`]);
            return attribution(f, data.parties, data.sources);
          }),
        ),
      ];
      const source = sources.join('; ');
      const anchor = chartAnchor(spec.id);
      const base = { title: text.title, description: text.description, helpId: `${anchor}-help` };
      const cellsOf = (row: R) => spec.columns.map((c) => String(c.value(row)));
      const figureHref = (row: R) => {
        const id = spec.figureOf(row);
        return id ? `/sources/#${figureAnchor(id)}` : undefined;
      };
      return {
        id: spec.id,
        anchor,
        text,
        svg: {
          narrow: spec.render(rows, { ...base, layout: 'narrow', idPrefix: `${anchor}-n` }),
          wide: spec.render(rows, { ...base, layout: 'wide', idPrefix: `${anchor}-w` }),
        },
        file: spec.render(rows, {
          title: text.title,
          description: text.description,
          layout: 'wide',
          idPrefix: anchor,
          standalone: { source, url: `${siteUrl}/${text.page === 'index' ? '' : `${text.page}/`}#${anchor}` },
        }),
        columns: spec.columns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
        rows: rows.map((row) => ({ cells: cellsOf(row), href: figureHref(row) })),
        csv: csvFormatRows([
          [...spec.columns.map((c) => c.label), 'Figure id', 'Source entry'],
          ...rows.map((row) => [
            ...cellsOf(row),
            spec.figureOf(row) ?? '',
            figureHref(row) ? `${siteUrl}${figureHref(row)}` : '',
          ]),
        ]),
        source,
        figures,
      };
    },
  };
}
