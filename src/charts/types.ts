/** What every chart provides, so one wrapper, one script and one set of downloads serve all. */
import type { Dataset } from '../data/dataset';

/** Two drawings of each chart: text stays at least 12 CSS px whatever the width. */
export type ChartLayout = 'narrow' | 'wide';

export interface RenderOptions {
  layout: ChartLayout;
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix: string;
  /** Title and description for the SVG's own <title>/<desc>. */
  title: string;
  description: string;
  /** Id of the page element with keyboard help, added to the SVG's description. */
  helpId?: string;
  /**
   * A file of its own (download): adds xmlns and fixed colours, and writes the title, takeaway,
   * source line, notes, licence and the chart's address into the file.
   */
  standalone?: { takeaway: string; source: string; notes: string[]; licence: string; url: string };
}

export interface Column<R> {
  label: string;
  value: (row: R) => string | number;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** A link from a table row: where it goes and the words of the link. */
export interface RowLink {
  href: string;
  text: string;
}

export interface ChartSpec<R> {
  /** Chart id; its text lives in content/data/charts.yaml under the same id. */
  id: string;
  /** The rows the chart draws, which are also its data table and CSV. */
  rows: (data: Dataset) => R[];
  columns: Column<R>[];
  /**
   * The page table's columns, when it shows fewer than the CSV (which keeps every column): a
   * long table folds some into others to stay light (the timeline's date range, its lane in the
   * link's words).
   */
  tableColumns?: Column<R>[];
  /**
   * Where the page itself lists every row in full (the timeline's events, in the page's event
   * list): the figure points there rather than repeat them in a table of its own. The CSV
   * download keeps them as a table.
   */
  listedOnPage?: RowLink & { rows: string };
  /** The figure each row shows, for source links (undefined for rows that show no figure). */
  figureOf: (row: R) => string | undefined;
  /** The table link of a row when it is not the figure's source entry (e.g. an event's section). */
  linkOf?: (row: R) => RowLink | undefined;
  /** Heading of the table's link column; "Source" by default. */
  linkHeader?: string;
  /** Keyboard help read with the chart, when Enter does something other than open a source. */
  help?: string;
  /** The source line when the rows are not figures (e.g. events); by default, the figures' attributions. */
  source?: (rows: R[], data: Dataset) => string;
  /** The one-line source under the drawing, when `source` is given too. */
  sourceShort?: (rows: R[], data: Dataset) => string;
  /**
   * Two ways of drawing the same chart, which the reader picks with radio buttons above it
   * (CSS alone switches them, so they work without JavaScript). The drawing puts each view's
   * marks in a group with the class `chart-view-<n>` (1 or 2); the first view is the default,
   * and the only one in the downloads.
   */
  views?: { id: string; label: string }[];
  /**
   * The figure takes the full width of the page where there is one (from 68rem the reading
   * column and the contents list's column together), for a map or a long time axis. Its wide
   * drawing is scaled up, text included.
   */
  wide?: boolean;
  /** The drawing: an SVG document fragment (see frame.ts). Also the downloadable SVG. */
  render: (rows: R[], options: RenderOptions) => string;
  /**
   * HTML to show on the page instead of the two SVG drawings, for a chart made of text (the key
   * figures). `render` still writes the SVG download.
   */
  html?: (rows: R[], data: Dataset) => string;
}

/** Marks a reader can reach with the keyboard or pointer: what to announce and where its source is. */
export interface PointInfo {
  /** Full sentence read out and shown in the tooltip. */
  label: string;
  /** Link to the point's source entry. */
  href?: string | undefined;
}

/** The data-* attributes that make a mark explorable (read by scripts/chart-explorer.ts). */
export function pointAttrs(info: PointInfo): Record<string, string | undefined> {
  return { 'data-point': '', 'data-label': info.label, 'data-href': info.href };
}
