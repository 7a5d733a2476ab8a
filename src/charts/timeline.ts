/**
 * Timeline: the dated events on one time axis, in lanes by the theme page that explains them
 * (site.ts), each linking to its section (Enter, or the table's link). The axis is broken
 * (timeline-axis.ts) so that the years around the article get the room: 1989 (the Soviet
 * withdrawal) stands apart on the left, and 2017–2019 is compressed on the right. A day is a dot, a month known only as a month is a block as wide as
 * the month, and an event that lasted is a bar; events that would overlap are stacked within
 * their lane. The article's publication day is marked.
 */
import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import type { Event } from '../data/schema';
import { NAV, THEME_PAGES } from '../site';
import { toDate } from './axis';
import { CANVAS, chartFrame } from './frame';
import { textWidth } from './labels';
import { drawLegend, layoutLegend, type LegendCell, type LegendItem } from './legend';
import { hit, mark } from './marks';
import { axisPieces, brokenScale, mainYears, placePieces, type PlacedPiece } from './timeline-axis';
import { el, r, label } from './svg';
import type { ChartLayout, ChartSpec, RenderOptions } from './types';

/** The article's own entry: drawn as the publication marker, not in a lane. */
const ARTICLE_EVENT = 'article-published';

/** Lanes, top to bottom: the theme pages that explain the events, each in its colour (site.ts). */
export const LANES: readonly string[] = THEME_PAGES.map((t) => t.id);
const LANE_COLOUR = new Map<string, string>(THEME_PAGES.map((t) => [t.id, t.colour]));

/** A few events named on the drawing itself (short words of this chart; the titles are in the table). */
const KEY_EVENTS: Record<string, { words: string; narrow: boolean }> = {
  'caliphate-declared': { words: 'Caliphate declared', narrow: true },
  'ben-guerdane-assault': { words: 'Ben Guerdane', narrow: true },
  'article-published': { words: 'The article', narrow: true },
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

const pageLabel = (id: string) => NAV.find((n) => n.id === id)?.label ?? id;

export function timelineRows(data: Dataset): TimelineRow[] {
  return [...data.events.values()]
    .sort((a, b) => a.date.localeCompare(b.date, 'en'))
    .map((e: Event) => {
      const page = /^\/([a-z0-9-]+)\//.exec(e.section)?.[1] ?? 'index';
      return {
        id: e.id,
        title: e.title,
        date: e.date,
        endDate: e.endDate,
        precision: e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year',
        lane: e.id === ARTICLE_EVENT ? 'article' : page,
        page,
        section: e.section,
        dateNote: e.dateNote,
      };
    });
}

const SIZES = {
  narrow: { ...CANVAS.narrow, gap: 12, step: 12, dot: 4, laneGap: 14 },
  wide: { ...CANVAS.wide, gap: 16, step: 13, dot: 4.5, laneGap: 16 },
} as const;

export interface TimelineMark {
  row: TimelineRow;
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
  shape: 'dot' | 'block' | 'bar' | 'article';
}

export interface TimelineLayout {
  width: number;
  height: number;
  font: number;
  /** The axis pieces, where each starts and ends on the page; x for a date on them. */
  segments: PlacedPiece[];
  x: (d: Date) => number;
  /** Where the axis breaks between two pieces. */
  breaks: number[];
  /** The main piece's years, ticked. */
  years: { year: number; x0: number; x1: number }[];
  /** Radius of a day's dot. */
  dot: number;
  lanes: { id: string; label: string; top: number; bottom: number; colour: string }[];
  marks: (TimelineMark & { colour: string })[];
  keys: {
    row: TimelineRow;
    x: number;
    y: number;
    lines: string[];
    anchor: 'start' | 'middle' | 'end';
    cx: number;
    markY: number;
  }[];
  article: number;
  axisY: number;
  /** What the shapes mean, under the axis. */
  legend: LegendCell<LegendItem & { shape: TimelineMark['shape'] }>[];
}

/** The events drawn: those in a lane, and the article's publication. */
const drawn = (rows: TimelineRow[]) => rows.filter((d) => LANES.includes(d.lane) || d.id === ARTICLE_EVENT);

export function layoutTimeline(rows: TimelineRow[], layout: ChartLayout): TimelineLayout {
  const { width, font, gap, step, dot, laneGap } = SIZES[layout];
  const lh = font * 1.25;
  // The axis pieces come from the events drawn, around the article's year.
  const dates = drawn(rows).flatMap((d) => [toDate(d.date), toDate(d.endDate ?? d.date, true)]);
  const articleYear = Number(
    rows.find((d) => d.id === ARTICLE_EVENT)?.date.slice(0, 4) ?? Math.max(...dates.map((d) => d.getUTCFullYear())),
  );
  // A little room at the right for the last mark's outline.
  const segments = placePieces(axisPieces(dates, articleYear), width - 6, gap);
  const x = brokenScale(segments);
  // Key events are named in a band at the top, with leaders down to them.
  const keyed = rows.filter((d) => KEY_EVENTS[d.id] && (layout === 'wide' || KEY_EVENTS[d.id]?.narrow));
  const keyRows = 2;
  let top = keyRows * lh + 14;
  const articleRow = rows.find((d) => d.id === ARTICLE_EVENT);
  const marks: (TimelineMark & { colour: string })[] = [];
  const lanes = LANES.map((lane) => {
    const colour = LANE_COLOUR.get(lane) ?? 'c1';
    const own = rows.filter((d) => d.lane === lane);
    const laneTop = top;
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
    for (const p of placed) marks.push({ row: p.row, x0: p.x0, x1: p.x1, y: first + p.level * step, shape: p.shape, colour });
    const bottom = first + Math.max(ends.length - 1, 0) * step + dot + 4;
    top = bottom + laneGap;
    return { id: lane, label: pageLabel(lane), top: laneTop, bottom, colour };
  });
  const axisY = top - laneGap + 8;
  const article = articleRow ? x(toDate(articleRow.date)) : 0;
  if (articleRow) marks.push({ row: articleRow, x0: article, x1: article, y: axisY, shape: 'article', colour: '' });
  marks.sort((a, b) => a.row.date.localeCompare(b.row.date, 'en') || a.row.id.localeCompare(b.row.id, 'en'));
  // Each name goes in the first row where it overlaps no other name and no leader crosses it.
  type Key = TimelineLayout['keys'][number] & { left: number; right: number; level: number; cx: number };
  const keys: Key[] = [];
  for (const row of keyed) {
    const m = marks.find((k) => k.row === row);
    const cx = m ? (m.x0 + m.x1) / 2 : 0;
    const words = KEY_EVENTS[row.id]?.words ?? row.title;
    const w = textWidth(words, font, true);
    const left = Math.min(Math.max(cx - w / 2, 0), width - w);
    const fits = (level: number) =>
      keys.every(
        (k) =>
          (k.level !== level || left > k.right + 8 || left + w < k.left - 8) &&
          (k.level <= level || cx < k.left - 4 || cx > k.right + 4) &&
          (k.level >= level || k.cx < left - 4 || k.cx > left + w + 4),
      );
    const level = [0, 1].find(fits);
    if (level === undefined) continue;
    const y = font + level * lh;
    keys.push({ row, x: left, y, lines: [words], anchor: 'start', markY: m?.y ?? 0, left, right: left + w, level, cx });
  }
  // What the shapes mean: one row when wide, two when narrow.
  const legend = layoutLegend(
    [
      { swatch: '', words: 'a day', shape: 'dot' as const },
      { swatch: '', words: 'a month, day unknown', shape: 'block' as const },
      { swatch: '', words: 'lasted', shape: 'bar' as const },
      { swatch: '', words: 'the article', shape: 'article' as const },
    ],
    { columns: layout === 'wide' ? 4 : 2, width, font, top: axisY + font + 14 + font, lineHeight: lh },
  );
  return {
    width,
    height: legend.bottom - font + 4,
    font,
    segments,
    x,
    breaks: segments.slice(1).map((s) => s.x0 - gap / 2),
    years: mainYears(segments, x),
    dot,
    lanes,
    marks,
    keys: keys.map(({ row, x: kx, y, lines, anchor, cx, markY }) => ({ row, x: kx, y, lines, anchor, cx, markY })),
    article,
    axisY,
    legend: legend.cells,
  };
}

function describe(row: TimelineRow): string {
  const when = row.endDate ? `${formatDate(row.date)} to ${formatDate(row.endDate)}` : formatDate(row.date);
  const note = row.dateNote ? ` (${row.dateNote.replace(/\.$/, '')})` : '';
  const where = row.page === 'sources' ? 'the sources page' : `the ${pageLabel(row.page)} page`;
  return `${when}${note}: ${row.title}. Explained on ${where}.`;
}

function drawMark(m: TimelineLayout['marks'][number], dot: number): string {
  return mark(
    { label: describe(m.row), href: m.row.section },
    shape(m.shape, m, dot, m.colour),
    hit(m.x0 - 6, m.y - 7, m.x1 - m.x0 + 12, 14),
  );
}

/** A mark's shape at (x0…x1, y); the legend draws the same shapes. */
function shape(kind: TimelineMark['shape'], at: { x0: number; x1: number; y: number }, dot: number, colour: string): string {
  const { x0, x1, y } = at;
  if (kind === 'dot') return el('circle', { class: `dot--${colour}`, cx: x0, cy: y, r: dot });
  if (kind === 'article') return el('path', { class: 'place', d: `M${r(x0)} ${r(y - 7)}l6 7-6 7-6-7z` });
  return el('rect', {
    class: kind === 'bar' ? `bar--${colour}` : `stroke--${colour} block`,
    x: x0,
    y: y - (kind === 'bar' ? 3 : dot),
    width: Math.max(x1 - x0, 2),
    height: kind === 'bar' ? 6 : dot * 2,
  });
}

/** Legend swatches: each shape, in the first lane's colour, beside its words. */
const SWATCH_SIZE: Record<TimelineMark['shape'], { x0: number; x1: number }> = {
  dot: { x0: 5, x1: 5 },
  block: { x0: 0, x1: 10 },
  bar: { x0: 0, x1: 16 },
  article: { x0: 6, x1: 6 },
};

export function renderTimeline(rows: TimelineRow[], options: RenderOptions): string {
  const L = layoutTimeline(rows, options.layout);
  const { font, dot } = L;
  const lh = font * 1.25;
  const lanes = L.lanes.map((l) =>
    el(
      'g',
      {},
      el('line', { class: 'lane-rule', x1: 0, x2: L.width, y1: l.top + lh * 0.35, y2: l.top + lh * 0.35 }),
      label(0, l.top + lh + 2 - lh * 0.2, l.label, { class: 'strong halo' }),
    ),
  );
  // Axis: the pieces' baselines with a break between them, year ticks in the main piece.
  const base = L.axisY - 8;
  const axis = [
    ...L.segments.map((s) => el('line', { class: 'baseline', x1: s.x0, x2: s.x1, y1: base, y2: base })),
    ...L.breaks.map((bx) =>
      el('path', { class: 'break', d: `M${r(bx - 5)} ${r(L.axisY - 3)}l4 -10M${r(bx + 1)} ${r(L.axisY - 3)}l4 -10` }),
    ),
    // The outer pieces' labels align with the drawing's edges.
    ...L.segments.map((s, i) =>
      s.label
        ? label(i === 0 ? s.x0 : s.x1, L.axisY + font, s.label, { class: 'tick-label', 'text-anchor': i === 0 ? 'start' : 'end' })
        : '',
    ),
    ...L.years.flatMap((y) => [
      el('line', { class: 'tick', x1: y.x0, x2: y.x0, y1: base, y2: L.axisY - 3 }),
      label((y.x0 + y.x1) / 2, L.axisY + font, String(y.year), { class: 'tick-label', 'text-anchor': 'middle' }),
    ]),
  ];
  const marker = el('line', { class: 'marker-line', x1: L.article, x2: L.article, y1: L.lanes[0]?.top ?? 0, y2: base });
  const keys = L.keys.map((k) =>
    el(
      'g',
      {},
      el('line', { class: 'leader', x1: k.cx, x2: k.cx, y1: k.y + 4, y2: k.markY - dot - 2 }),
      label(k.x, k.y, k.lines, { class: 'value-label halo', 'text-anchor': k.anchor }),
    ),
  );
  const colour = L.lanes[0]?.colour ?? 'c1';
  const legend = drawLegend(
    L.legend.map((c) => ({ ...c, swatch: shape(c.shape, { ...SWATCH_SIZE[c.shape], y: -4 }, dot, colour) })),
    'muted',
  );
  const body = [
    el('g', { 'aria-hidden': 'true' }, ...lanes, ...axis, marker, ...keys, legend),
    el('g', { class: 'marks' }, ...L.marks.map((m) => drawMark(m, dot))),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font, options, body });
}

export const timeline: ChartSpec<TimelineRow> = {
  id: 'timeline',
  rows: timelineRows,
  columns: [
    { label: 'Date', value: (d) => formatDate(d.date) },
    { label: 'Until', value: (d) => (d.endDate ? formatDate(d.endDate) : '') },
    { label: 'Event', value: (d) => d.title },
    { label: 'Dated to the', value: (d) => d.precision },
    { label: 'Explained on', value: (d) => (d.page === 'sources' ? 'Sources' : pageLabel(d.page)) },
  ],
  figureOf: () => undefined,
  linkOf: (d) => ({ href: d.section, text: 'Section' }),
  linkHeader: 'Explained in',
  // A long time axis: the figure takes the page's full width where there is one.
  wide: true,
  help: 'Use the arrow keys to move between the events, oldest first; press Enter to open the section that explains one.',
  source: (rows, data) => {
    const ids = new Set(rows.flatMap((d) => data.events.get(d.id)?.sources ?? []));
    return `This site's chronology of ${rows.length} events, compiled from ${ids.size} sources; each event's sources are listed on the timeline page and in the sources list`;
  },
  render: renderTimeline,
};
