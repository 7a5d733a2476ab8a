/**
 * The layout of the timeline (timeline.ts): two tiers, each with its own time axis
 * (timeline-axis.ts), lanes by the theme page that explains the events (a lane only where it has
 * events in the tier), key events named in a band at the top of each tier, and a legend of the
 * shapes below the last. Events that would overlap are stacked within their lane.
 */
import { NAV, THEME_PAGES } from '../site';
import { toDate } from './axis';
import { CANVAS } from './frame';
import { textWidth } from './labels';
import { layoutLegend, type LegendCell, type LegendItem } from './legend';
import { axisPieces, brokenScale, pieceOf, placePieces, tickedYears, type AxisYear, type PlacedPiece } from './timeline-axis';
import type { ChartLayout } from './types';

/** The article's own entry: drawn as the publication marker, not in a lane. */
export const ARTICLE_EVENT = 'article-published';

/** Lanes, top to bottom: the theme pages that explain the events, each in its colour (site.ts). */
export const LANES: readonly string[] = THEME_PAGES.map((t) => t.id);
const LANE_COLOUR = new Map<string, string>(THEME_PAGES.map((t) => [t.id, t.colour]));

/** A few events named on the drawing itself (short words of this chart; the titles are in the table). */
const KEY_EVENTS: Record<string, { words: string; narrow: boolean }> = {
  'caliphate-declared': { words: 'Caliphate declared', narrow: true },
  'ben-guerdane-assault': { words: 'Ben Guerdane', narrow: true },
  'article-published': { words: 'The article', narrow: true },
  'mosul-victory': { words: 'Mosul retaken', narrow: true },
  'baghuz-falls': { words: 'Baghuz, the last enclave', narrow: false },
  'ghwayran-prison-attack': { words: 'Prison attack', narrow: false },
};

export interface TimelineRow {
  id: string;
  title: string;
  date: string;
  endDate: string | undefined;
  /** day, month or year: how precisely the sources date it. */
  precision: 'day' | 'month' | 'year';
  lane: string;
  page: string;
  section: string;
  dateNote: string | undefined;
}

export const pageLabel = (id: string) => NAV.find((n) => n.id === id)?.label ?? id;

const SIZES = {
  narrow: { ...CANVAS.narrow, gap: 12, step: 12, dot: 4, laneGap: 14, tierGap: 30 },
  wide: { ...CANVAS.wide, gap: 16, step: 13, dot: 4.5, laneGap: 16, tierGap: 34 },
} as const;

export interface TimelineMark {
  row: TimelineRow;
  tier: number;
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
  shape: 'dot' | 'block' | 'bar' | 'article';
}

export interface TimelineKey {
  row: TimelineRow;
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  cx: number;
  markY: number;
}

export interface TimelineTier {
  /** The tier's axis pieces, where each starts and ends on the page. */
  segments: PlacedPiece[];
  /** Where the axis breaks between two pieces. */
  breaks: number[];
  /** The ticked years. */
  years: AxisYear[];
  /** Top of the tier (its key-event band). */
  top: number;
  lanes: { id: string; label: string; top: number; bottom: number; colour: string }[];
  keys: TimelineKey[];
  axisY: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  font: number;
  /** Every axis piece; x for a date on them (its tier's). */
  segments: PlacedPiece[];
  x: (d: Date) => number;
  tiers: TimelineTier[];
  /** Radius of a day's dot. */
  dot: number;
  marks: (TimelineMark & { colour: string })[];
  /** The article's day: a marker line through its tier. */
  article: number;
  /** What the shapes mean, under the last axis. */
  legend: LegendCell<LegendItem & { shape: TimelineMark['shape'] }>[];
}

/** The events drawn: those in a lane, and the article's publication. */
const drawn = (rows: TimelineRow[]) => rows.filter((d) => LANES.includes(d.lane) || d.id === ARTICLE_EVENT);

/**
 * Key events' names, the article's first: each in the first of two rows, and the first of three
 * positions (centred on its mark, or ending or starting just past it), where it overlaps no other
 * name and no other name's leader crosses it.
 */
function layoutKeys(
  rows: TimelineRow[],
  marks: TimelineLayout['marks'],
  options: { layout: ChartLayout; font: number; width: number; top: number },
): TimelineKey[] {
  const { layout, font, width, top } = options;
  const lh = font * 1.25;
  type Key = TimelineKey & { left: number; right: number; level: number };
  const keys: Key[] = [];
  const keyed = rows
    .filter((d) => KEY_EVENTS[d.id] && (layout === 'wide' || KEY_EVENTS[d.id]?.narrow))
    .sort((a, b) => Number(b.id === ARTICLE_EVENT) - Number(a.id === ARTICLE_EVENT));
  for (const row of keyed) {
    const m = marks.find((k) => k.row === row);
    const cx = m ? (m.x0 + m.x1) / 2 : 0;
    const words = KEY_EVENTS[row.id]?.words ?? row.title;
    const w = textWidth(words, font, true);
    const lefts = [cx - w / 2, cx - w + 12, cx - 12].map((l) => Math.min(Math.max(l, 0), width - w));
    const fits = (level: number, left: number) =>
      keys.every(
        (k) =>
          (k.level !== level || left > k.right + 8 || left + w < k.left - 8) &&
          (k.level <= level || cx < k.left - 4 || cx > k.right + 4) &&
          (k.level >= level || k.cx < left - 4 || k.cx > left + w + 4),
      );
    const spot = [0, 1].flatMap((level) => lefts.map((left) => ({ level, left }))).find((c) => fits(c.level, c.left));
    if (!spot) continue;
    const { level, left } = spot;
    keys.push({
      row,
      x: left,
      y: top + font + level * lh,
      lines: [words],
      anchor: 'start',
      markY: m?.y ?? 0,
      left,
      right: left + w,
      level,
      cx,
    });
  }
  return keys.map(({ row, x, y, lines, anchor, cx, markY }) => ({ row, x, y, lines, anchor, cx, markY }));
}

export function layoutTimeline(rows: TimelineRow[], layout: ChartLayout): TimelineLayout {
  const { width, font, gap, step, dot, laneGap, tierGap } = SIZES[layout];
  const lh = font * 1.25;
  // The axis pieces come from the events drawn, around the article's year.
  const dates = drawn(rows).flatMap((d) => [toDate(d.date), toDate(d.endDate ?? d.date, true)]);
  const articleRow = rows.find((d) => d.id === ARTICLE_EVENT);
  const articleYear = Number(articleRow?.date.slice(0, 4) ?? Math.max(...dates.map((d) => d.getUTCFullYear())));
  // A little room at the right for the last mark's outline.
  const segments = placePieces(axisPieces(dates, articleYear), width - 6, gap);
  const x = brokenScale(segments);
  const tierOf = (d: TimelineRow) => pieceOf(segments, toDate(d.date)).tier;
  const marks: TimelineLayout['marks'] = [];
  const tiers: TimelineTier[] = [];
  const years = tickedYears(segments, font);
  let top = 0;
  for (const tier of [...new Set(segments.map((s) => s.tier))]) {
    const tierTop = top;
    // Key events are named in a band at the top of the tier, with leaders down to them.
    let laneTop = tierTop + 2 * lh + 14;
    const lanes = LANES.flatMap((lane) => {
      const own = rows.filter((d) => d.lane === lane && tierOf(d) === tier);
      if (own.length === 0) return [];
      const colour = LANE_COLOUR.get(lane) ?? 'c1';
      // Greedy stacking: each mark goes into the first row where it does not touch another.
      const ends: number[] = [];
      const placed = own.map((row) => {
        const start = toDate(row.date);
        const end = row.endDate ? toDate(row.endDate, true) : toDate(row.date, true);
        let x0 = x(start);
        let x1 = row.precision === 'day' && !row.endDate ? x0 : x(end);
        // Short spans stay visible: at least 4 units wide.
        if (x1 - x0 < 4 && (row.precision !== 'day' || row.endDate)) [x0, x1] = [(x0 + x1) / 2 - 2, (x0 + x1) / 2 + 2];
        const left = x0 - dot - 1;
        let level = ends.findIndex((e) => e < left);
        if (level === -1) level = ends.length;
        ends[level] = x1 + dot + 1;
        const shape: TimelineMark['shape'] = row.endDate ? 'bar' : row.precision === 'day' ? 'dot' : 'block';
        return { row, x0, x1, level, shape };
      });
      const first = laneTop + lh + dot + 4;
      for (const p of placed) {
        marks.push({ row: p.row, tier, x0: p.x0, x1: p.x1, y: first + p.level * step, shape: p.shape, colour });
      }
      const bottom = first + Math.max(ends.length - 1, 0) * step + dot + 4;
      const placedLane = { id: lane, label: pageLabel(lane), top: laneTop, bottom, colour };
      laneTop = bottom + laneGap;
      return [placedLane];
    });
    const axisY = laneTop - laneGap + 8;
    if (articleRow && tierOf(articleRow) === tier) {
      const ax = x(toDate(articleRow.date));
      marks.push({ row: articleRow, tier, x0: ax, x1: ax, y: axisY, shape: 'article', colour: '' });
    }
    const own = segments.filter((s) => s.tier === tier);
    tiers.push({
      segments: own,
      breaks: own.slice(1).map((s) => s.x0 - gap / 2),
      years: years.filter((y) => y.tier === tier),
      top: tierTop,
      lanes,
      keys: layoutKeys(
        rows.filter((d) => tierOf(d) === tier),
        marks,
        { layout, font, width, top: tierTop },
      ),
      axisY,
    });
    top = axisY + font + 4 + tierGap;
  }
  marks.sort((a, b) => a.row.date.localeCompare(b.row.date, 'en') || a.row.id.localeCompare(b.row.id, 'en'));
  const lastAxis = tiers[tiers.length - 1]?.axisY ?? 0;
  // What the shapes mean: one row when wide, two when narrow.
  const legend = layoutLegend(
    [
      { swatch: '', words: 'a day', shape: 'dot' as const },
      { swatch: '', words: 'a month, day unknown', shape: 'block' as const },
      { swatch: '', words: 'lasted', shape: 'bar' as const },
      { swatch: '', words: 'the article', shape: 'article' as const },
    ],
    { columns: layout === 'wide' ? 4 : 2, width, font, top: lastAxis + font + 14 + font, lineHeight: lh },
  );
  return {
    width,
    height: legend.bottom - font + 4,
    font,
    segments,
    x,
    tiers,
    dot,
    marks,
    article: articleRow ? x(toDate(articleRow.date)) : 0,
    legend: legend.cells,
  };
}
