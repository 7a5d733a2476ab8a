/**
 * The layout of Turkey's no-entry chart (turkey-entry-ban.ts): two panels on one time axis,
 * scales from the data, value labels placed clear of each other, the article's claims and this
 * site's arithmetic beside the announced totals. Returns everything the drawing needs.
 */
import type { ScaleLinear } from 'd3';
import { midDate, shortDate, toDate, valueScale } from './axis';
import { CANVAS } from './frame';
import { placeLabels, wrap, type PlacedLabel } from './labels';
import { fitLabel } from './marks';
import type { TurkeyRole, TurkeyRow } from './turkey-entry-ban';
import { yearScale, yearsCovering, type YearScale } from './year-ticks';
import type { ChartLayout } from './types';

/** Totals with a value label; the others are drawn and explorable, and listed in the table. */
const LABELLED = new Set([
  'turkey-entry-ban-2014-06',
  'turkey-entry-ban-2015-02',
  'turkey-entry-ban-2015-12',
  'turkey-entry-ban-2016-06',
  'turkey-entry-ban-2017-07',
  'turkey-deportations-2014-06',
  'turkey-deportations-2015-12',
  'turkey-deportations-2016-06',
  'turkey-deportations-2017-07',
]);

/**
 * Panel heights and the gutter for tick labels. The narrow drawing counts its scale in
 * thousands (`unit`), to keep that gutter narrow.
 */
const SIZES = {
  narrow: { ...CANVAS.narrow, gutter: 24, top: 230, bottom: 110, gap: 84, unit: 1000 },
  wide: { ...CANVAS.wide, gutter: 66, top: 250, bottom: 120, gap: 84, unit: 1 },
} as const;

/** Gridlines asked of each panel's scale. */
const TICKS = { bans: 3, deportations: 2 };

/** Whole months from the start of one month to the start of another: 2015-03 to 2016-09 is 18. */
export function monthsBetween(from: string, to: string): number {
  const [y0 = 0, m0 = 1] = from.split('-').map(Number);
  const [y1 = 0, m1 = 1] = to.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

/** The day a total was announced (the middle of the month when only the month is known). */
const when = (d: TurkeyRow) => (d.asOf.length > 7 ? toDate(d.asOf) : midDate(d.asOf));

export interface TurkeyPoint {
  row: TurkeyRow;
  x: number;
  y: number;
}

export interface TurkeyLayout {
  width: number;
  height: number;
  font: number;
  /** Left edge of the plots; tick labels sit in the gutter left of it. */
  plotLeft: number;
  x: YearScale;
  /** The years on the time axis, first and last. */
  years: [number, number];
  /** Tick labels: the value divided by this (1000 in the narrow drawing), and gridlines asked. */
  tickUnit: number;
  ticks: typeof TICKS;
  /** The panels' titles: baseline of the first line, the title, then its muted lines. */
  titles: { y: number; lines: string[] }[];
  bans: { y: ScaleLinear<number, number>; title: string[]; top: number; baseline: number; points: TurkeyPoint[] };
  deportations: {
    y: ScaleLinear<number, number>;
    title: string[];
    top: number;
    baseline: number;
    points: TurkeyPoint[];
  };
  /** Value labels; px, py: the point labelled, for a leader when the label had to move. */
  labels: (PlacedLabel & { row: TurkeyRow; px: number; py: number })[];
  /** The 18-month window: a bracket in the strip above the plot, its label above it. */
  window: { row: TurkeyRow; x0: number; x1: number; y: number; lines: string[] } | undefined;
  /** The 2014 ceiling: a dashed line at its height, its label in the empty space above. */
  ceiling: { row: TurkeyRow; x0: number; x1: number; y: number; lines: string[]; labelY: number } | undefined;
  growth: { row: TurkeyRow; x: number; y0: number; y1: number; lines: string[]; base: number } | undefined;
  /** The article's day (the end of its window): a marker line through both panels, and its label. */
  article: number;
  articleLabel: { x: number; y: number; lines: string[] };
}

/** "more than 5,300" → ["more than", "5,300"]: a hedge on its own line keeps labels narrow. */
function valueLines(d: TurkeyRow): string[] {
  const m = /^(.*\D) (\d[\d,.]*)$/.exec(d.short);
  return m ? [m[1] ?? '', m[2] ?? ''] : [d.short];
}

export function layoutTurkey(rows: TurkeyRow[], layout: ChartLayout): TurkeyLayout {
  const { width, font, gutter, top, bottom, gap, unit } = SIZES[layout];
  const lh = font * 1.25;
  const role = (name: TurkeyRole) => rows.find((d) => d.role === name);
  const windowRow = role('window');
  // The time axis runs over whole years: from the first drawn date (a total's announcement, a
  // claim's period) to the last. A total's own period (deportations "since 2011") is not drawn.
  const dated = rows.flatMap((d) =>
    d.role === 'ban' || d.role === 'deportation' ? [when(d)] : d.role === 'growth' ? [] : [toDate(d.from), toDate(d.to, true)],
  );
  const years = yearsCovering(dated);
  const x = yearScale(years, [gutter, width]);
  // The article's claim covers the months before the day it was published.
  const articleDay = windowRow?.asOf ?? '';
  const article = windowRow ? x(toDate(articleDay)) : 0;
  const windowX0 = windowRow ? x(toDate(windowRow.from)) : 0;
  const windowLines = windowRow
    ? wrap(
        `Article: ${windowRow.short} added in these ${monthsBetween(windowRow.from, windowRow.asOf)} months`,
        width - windowX0,
        font,
      )
    : [];
  const thousands = unit === 1000 ? ' in thousands' : '';
  const bansTitle = [
    'Barred from entering Turkey',
    ...wrap(`running totals${thousands}, on the days they were announced`, width, font),
  ];
  const depTitle = ['Deported from Turkey', ...wrap(`running totals${thousands}, on a scale of their own`, width, font)];
  // The first panel: its title, the strip with the window's label and bracket, then the plot.
  const bracketY = bansTitle.length * lh + 8 + windowLines.length * lh;
  const bansTop = bracketY + 16;
  const bansBase = bansTop + top;
  // Each scale runs from zero to its highest value, nice()d, with room above that value for
  // its label (valueScale).
  const highest = (names: TurkeyRole[]) => {
    const top = rows
      .filter((d) => names.includes(d.role))
      .reduce<TurkeyRow | undefined>((a, b) => ((b.value ?? 0) > (a?.value ?? 0) ? b : a), undefined);
    const lines = top && LABELLED.has(top.figure) ? valueLines(top).length : 0;
    return { value: top?.value ?? 0, room: lines * lh + 12 };
  };
  const bansMax = highest(['ban', 'ceiling']);
  const bansY = valueScale(bansMax.value, [bansBase, bansTop + lh], bansMax.room);
  const depTop = bansBase + gap + (depTitle.length - 2) * lh;
  const depBase = depTop + bottom;
  const depMax = highest(['deportation']);
  const depY = valueScale(depMax.value, [depBase, depTop + lh], depMax.room);
  const point = (row: TurkeyRow, y: typeof bansY): TurkeyPoint => ({ row, x: x(when(row)), y: y(row.value ?? 0) });
  const bans = rows.filter((d) => d.role === 'ban').map((d) => point(d, bansY));
  const deportations = rows.filter((d) => d.role === 'deportation').map((d) => point(d, depY));
  const requests = [...bans, ...deportations]
    .filter((p) => LABELLED.has(p.row.figure))
    .map((p) => {
      const lines = valueLines(p.row);
      const fit = fitLabel(p.x, lines, font, 'middle', 0, width, true);
      return { x: fit.x, y: p.y, anchor: fit.anchor, lines, row: p.row, px: p.x, py: p.y };
    });
  const labels = (['ban', 'deportation'] as const).flatMap((name) =>
    placeLabels(
      requests.filter((q) => q.row.role === name),
      font,
      12,
      3,
    ),
  );
  const ceilingRow = role('ceiling');
  const ceilingX0 = ceilingRow ? x(toDate(ceilingRow.from)) : 0;
  const ceilingX1 = ceilingRow ? x(toDate(ceilingRow.to, true)) : 0;
  // Its label stands above the totals, so it may run on into the middle of the next year.
  const ceilingRoom = ceilingRow ? x(toDate(`${Number(ceilingRow.to.slice(0, 4)) + 1}-07`)) - ceilingX0 : 0;
  const ceilingLines = ceilingRow ? wrap(`Article: ${ceilingRow.short} names in ${ceilingRow.period}`, ceilingRoom, font) : [];
  // This site's arithmetic, drawn as a bracket between the two totals it is calculated from.
  const growthRow = role('growth');
  const [fromId, toId] = growthRow?.inputs ?? [];
  const growthFrom = bans.find((p) => p.row.figure === fromId);
  const growthTo = bans.find((p) => p.row.figure === toId);
  const growthX = (growthTo?.x ?? 0) + 12;
  const articleLines = layout === 'wide' ? [`Article, ${shortDate(articleDay)}`] : ['Article,', shortDate(articleDay)];
  return {
    width,
    height: depBase + font + 10,
    font,
    plotLeft: gutter,
    x,
    years,
    tickUnit: unit,
    ticks: TICKS,
    titles: [
      { y: font, lines: bansTitle },
      { y: depTop - (depTitle.length - 1) * lh - lh * 0.6, lines: depTitle },
    ],
    bans: { y: bansY, title: bansTitle, top: bansTop, baseline: bansBase, points: bans },
    deportations: { y: depY, title: depTitle, top: depTop, baseline: depBase, points: deportations },
    labels,
    window: windowRow && { row: windowRow, x0: windowX0, x1: article, y: bracketY, lines: windowLines },
    ceiling: ceilingRow && {
      row: ceilingRow,
      x0: ceilingX0,
      x1: ceilingX1,
      y: bansY(ceilingRow.value ?? 0),
      lines: ceilingLines,
      // In the empty space over its year, level with the gridline below the top one.
      labelY: bansY(bansY.ticks(TICKS.bans).at(-2) ?? 0),
    },
    growth:
      growthRow && growthFrom && growthTo
        ? {
            row: growthRow,
            x: growthX,
            y0: growthTo.y,
            y1: growthFrom.y,
            base: growthFrom.x,
            lines: wrap(
              `${growthRow.short} more, ${shortDate(growthFrom.row.asOf.slice(0, 7))} to ${shortDate(growthTo.row.asOf.slice(0, 7))} (calculated)`,
              width - growthX - 6,
              font,
            ),
          }
        : undefined,
    article,
    articleLabel: { x: article + 6, y: depBase - 8 - (articleLines.length - 1) * lh, lines: articleLines },
  };
}
