/**
 * The fields of a figure that charts draw and tabulate, read once: the value as prose with its
 * hedge, the number(s), the period, who said it and where. Every chart's rows start from this.
 */
import { chartFigure, type Dataset, type FigureShape } from '../data/dataset';
import { KIND_WORDS, figureText, formatDate, sourceLabel } from '../data/format';
import { figureHref } from '../data/reference-pages';
import type { Figure, Source } from '../data/schema';
import type { Column } from './types';

/**
 * The source a chart names for a figure: the first it was published in that is not an
 * encyclopedia copy (kind "reference", such as a Wikipedia mirror), which readers are not asked
 * to trust when a report or a newspaper says the same; the first of all when there is no other.
 */
export function chartSource(data: Dataset, f: Figure): Source | undefined {
  const all = f.publishedIn.map((id) => data.sources.get(id)).filter((s): s is NonNullable<typeof s> => s !== undefined);
  return all.find((s) => s.kind !== 'reference') ?? all[0];
}

export interface FigureFields {
  figure: string;
  /** The value as prose, hedge and unit included: "more than 26,600". */
  text: string;
  /** The value without its unit: "more than 26,600". */
  short: string;
  value: number | undefined;
  low: number | undefined;
  high: number | undefined;
  kind: Figure['kind'];
  confidence: Figure['confidence'];
  /** Words for the period, and its first and last month or day (partial ISO dates). */
  period: string;
  from: string;
  to: string;
  /** The source gave no start for the period (e.g. "before 2016"). */
  openStart: boolean;
  /** When it was stated: "4 February 2015". */
  stated: string;
  asOf: string;
  who: string;
  where: string;
  /**
   * Who said it and where, in one phrase: "Peter E. Gersten, in The Washington Post, 26 April
   * 2016"; an outlet's own reporting names the outlet once ("The Washington Post, 9 September 2016").
   */
  said: string;
  /** The figure's entry on the sources page. */
  href: string;
}

/**
 * A figure's fields; an unknown id, or a figure not of the `shape` the chart draws, stops the
 * build, naming the chart and the figure's entry.
 */
export function figureFields(data: Dataset, id: string, chart: string, shape: FigureShape = 'any'): FigureFields {
  const f = chartFigure(data, chart, id, shape);
  const source = chartSource(data, f);
  const from = f.period.from ?? f.period.to ?? f.asOf;
  const who = data.parties.get(f.assertedBy)?.name ?? f.assertedBy;
  const where = source ? sourceLabel(source) : '';
  return {
    figure: id,
    text: figureText(f),
    short: figureText(f, { unit: false }),
    value: f.value,
    low: f.low,
    high: f.high,
    kind: f.kind,
    confidence: f.confidence,
    period: f.period.label,
    from,
    to: f.period.to ?? from,
    openStart: f.period.from === undefined,
    stated: formatDate(f.asOf),
    asOf: f.asOf,
    who,
    where,
    said: !where ? who : source?.publisher === who ? where : `${who}, in ${where}`,
    href: figureHref(id),
  };
}

/** The figure's kind in a reader's words ("Our calculation", "Estimate"), for a table column. */
export function kindLabel(kind: Figure['kind']): string {
  return KIND_WORDS[kind];
}

/**
 * The columns that end every chart's table of figures: how each was arrived at, who stated it
 * and where. `kind` words the first for charts that tell their own sums apart.
 */
export function attributionColumns<R extends FigureFields>(kind: (row: R) => string = (row) => kindLabel(row.kind)): Column<R>[] {
  return [
    { label: 'Kind', value: kind },
    { label: 'Stated by', value: (d) => d.who },
    { label: 'Published in', value: (d) => d.where },
  ];
}
