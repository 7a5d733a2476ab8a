/**
 * Timeline: the dated events on one time axis, in lanes by the page that explains them, each
 * linking to its section (Enter, or the table's link). The axis is broken twice so that 2014–
 * 2016 gets the room: 1989 (the Soviet withdrawal) stands apart on the left, and 2017–2019 is
 * compressed on the right. A day is a dot, a month known only as a month is a block as wide as
 * the month, and an event that lasted is a bar; events that would overlap are stacked within
 * their lane. The article's publication day is marked.
 */
import { scaleUtc } from 'd3';
import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import type { Event } from '../data/schema';
import { NAV, THEME_PAGES } from '../site';
import { toDate } from './axis';
import { CANVAS, chartFrame } from './frame';
import { textWidth } from './labels';
import { hit, mark } from './marks';
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

/**
 * The axis in pieces, each with its own linear scale: share is its part of the width. The
 * main piece runs from the first event after 1989 to the end of 2016.
 */
const SEGMENTS = [
  { from: '1989-01-01', to: '1990-01-01', share: 0.06, label: '1989' },
  { from: '2013-11-01', to: '2017-01-01', share: 0.8, label: '' },
  { from: '2017-01-01', to: '2020-01-01', share: 0.14, label: '2017–19' },
] as const;

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
    .sort((a, b) => a.date.localeCompare(b.date))
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
  /** Where each axis piece starts and ends on the page. */
  segments: { x0: number; x1: number; from: Date; to: Date; label: string }[];
  lanes: { id: string; label: string; top: number; bottom: number }[];
  marks: TimelineMark[];
  keys: { row: TimelineRow; x: number; y: number; lines: string[]; anchor: 'start' | 'middle' | 'end'; markY: number }[];
  article: number;
  axisY: number;
}

/** x for a date on the broken axis. */
export function brokenScale(segments: TimelineLayout['segments']): (d: Date) => number {
  return (d) => {
    const seg =
      segments.find((s) => d >= s.from && d < s.to) ??
      (d < (segments[0]?.from ?? d) ? segments[0] : segments[segments.length - 1]);
    if (!seg) return 0;
    return scaleUtc().domain([seg.from, seg.to]).range([seg.x0, seg.x1]).clamp(true)(d);
  };
}

export function layoutTimeline(rows: TimelineRow[], layout: ChartLayout): TimelineLayout {
  const { width, font, gap, step, dot, laneGap } = SIZES[layout];
  const lh = font * 1.25;
  // A little room at the right for the last mark's outline.
  const usable = width - 6 - gap * (SEGMENTS.length - 1);
  let cursor = 0;
  const segments = SEGMENTS.map((s) => {
    const w = usable * s.share;
    const seg = { x0: cursor, x1: cursor + w, from: toDate(s.from), to: toDate(s.to), label: s.label };
    cursor += w + gap;
    return seg;
  });
  const x = brokenScale(segments);
  // Key events are named in a band at the top, with leaders down to them.
  const keyed = rows.filter((d) => KEY_EVENTS[d.id] && (layout === 'wide' || KEY_EVENTS[d.id]?.narrow));
  const keyRows = 2;
  let top = keyRows * lh + 14;
  const articleRow = rows.find((d) => d.id === ARTICLE_EVENT);
  const marks: TimelineMark[] = [];
  const lanes = LANES.map((lane) => {
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
    for (const p of placed) marks.push({ row: p.row, x0: p.x0, x1: p.x1, y: first + p.level * step, shape: p.shape });
    const bottom = first + Math.max(ends.length - 1, 0) * step + dot + 4;
    top = bottom + laneGap;
    return { id: lane, label: pageLabel(lane), top: laneTop, bottom };
  });
  const axisY = top - laneGap + 8;
  const article = articleRow ? x(toDate(articleRow.date)) : 0;
  if (articleRow) marks.push({ row: articleRow, x0: article, x1: article, y: axisY, shape: 'article' });
  marks.sort((a, b) => a.row.date.localeCompare(b.row.date) || a.row.id.localeCompare(b.row.id));
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
  const legendRows = layout === 'wide' ? 1 : 2;
  return {
    width,
    height: axisY + font + 14 + legendRows * lh + 4,
    font,
    segments,
    lanes,
    marks,
    keys: keys.map(({ row, x: kx, y, lines, anchor, markY }) => ({ row, x: kx, y, lines, anchor, markY })),
    article,
    axisY,
  };
}

function describe(row: TimelineRow): string {
  const when = row.endDate ? `${formatDate(row.date)} to ${formatDate(row.endDate)}` : formatDate(row.date);
  const note = row.dateNote ? ` (${row.dateNote.replace(/\.$/, '')})` : '';
  const where = row.page === 'sources' ? 'the sources page' : `the ${pageLabel(row.page)} page`;
  return `${when}${note}: ${row.title}. Explained on ${where}.`;
}

function drawMark(m: TimelineMark, dot: number): string {
  const colour = LANE_COLOUR.get(m.row.lane) ?? 'c1';
  let shape: string;
  if (m.shape === 'dot') shape = el('circle', { class: `dot--${colour}`, cx: m.x0, cy: m.y, r: dot });
  else if (m.shape === 'article') shape = el('path', { class: 'place', d: `M${r(m.x0)} ${r(m.y - 7)}l6 7-6 7-6-7z` });
  else
    shape = el('rect', {
      class: m.shape === 'bar' ? `bar--${colour}` : `stroke--${colour} block`,
      x: m.x0,
      y: m.y - (m.shape === 'bar' ? 3 : dot),
      width: Math.max(m.x1 - m.x0, 2),
      height: m.shape === 'bar' ? 6 : dot * 2,
    });
  return mark({ label: describe(m.row), href: m.row.section }, shape, hit(m.x0 - 6, m.y - 7, m.x1 - m.x0 + 12, 14));
}

export function renderTimeline(rows: TimelineRow[], options: RenderOptions): string {
  const L = layoutTimeline(rows, options.layout);
  const { font } = L;
  const lh = font * 1.25;
  const dot = SIZES[options.layout].dot;
  const x = brokenScale(L.segments);
  const lanes = L.lanes.map((l) =>
    el(
      'g',
      {},
      el('line', { class: 'lane-rule', x1: 0, x2: L.width, y1: l.top + lh * 0.35, y2: l.top + lh * 0.35 }),
      label(0, l.top + lh + 2 - lh * 0.2, l.label, { class: 'strong halo' }),
    ),
  );
  // Axis: the pieces' baselines with a break between them, year ticks in the main piece.
  const axis: string[] = [];
  L.segments.forEach((s, i) => {
    axis.push(el('line', { class: 'baseline', x1: s.x0, x2: s.x1, y1: L.axisY - 8, y2: L.axisY - 8 }));
    if (i > 0) {
      const bx = s.x0 - SIZES[options.layout].gap / 2;
      axis.push(el('path', { class: 'break', d: `M${r(bx - 5)} ${r(L.axisY - 3)}l4 -10M${r(bx + 1)} ${r(L.axisY - 3)}l4 -10` }));
    }
    // The outer pieces' labels align with the drawing's edges.
    const first = i === 0;
    if (s.label)
      axis.push(
        label(first ? s.x0 : s.x1, L.axisY + font, s.label, { class: 'tick-label', 'text-anchor': first ? 'start' : 'end' }),
      );
  });
  for (const year of [2014, 2015, 2016]) {
    const x0 = x(toDate(`${year}-01-01`));
    const x1 = x(toDate(`${year + 1}-01-01`)) - 0.01;
    axis.push(el('line', { class: 'tick', x1: x0, x2: x0, y1: L.axisY - 8, y2: L.axisY - 3 }));
    axis.push(label((x0 + x1) / 2, L.axisY + font, String(year), { class: 'tick-label', 'text-anchor': 'middle' }));
  }
  const marker = el('line', { class: 'marker-line', x1: L.article, x2: L.article, y1: L.lanes[0]?.top ?? 0, y2: L.axisY - 8 });
  const keys = L.keys.map((k) => {
    const m = L.marks.find((mm) => mm.row === k.row);
    const cx = m ? (m.x0 + m.x1) / 2 : k.x;
    return el(
      'g',
      {},
      el('line', { class: 'leader', x1: cx, x2: cx, y1: k.y + 4, y2: k.markY - dot - 2 }),
      label(k.x, k.y, k.lines, { class: 'value-label halo', 'text-anchor': k.anchor }),
    );
  });
  // Legend: what the three shapes mean, and the publication marker.
  const items = [
    { swatch: el('circle', { class: 'dot--c1', cx: 5, cy: -4, r: dot }), words: 'a day' },
    {
      swatch: el('rect', { class: 'stroke--c1 block', x: 0, y: -4 - dot, width: 10, height: dot * 2 }),
      words: 'a month, day unknown',
    },
    { swatch: el('rect', { class: 'bar--c1', x: 0, y: -7, width: 16, height: 6 }), words: 'lasted' },
    { swatch: el('path', { class: 'place', d: 'M6 -11l6 7-6 7-6-7z' }), words: 'the article' },
  ];
  const wide = options.layout === 'wide';
  let lx = 0;
  let ly = L.axisY + font + 14 + font;
  const legend = items.map((it, i) => {
    const w = 24 + textWidth(it.words, font) + 18;
    if (!wide && i === 2) [lx, ly] = [0, ly + lh];
    const g = el('g', { transform: `translate(${r(lx)} ${r(ly)})` }, it.swatch, label(22, 0, it.words, { class: 'muted' }));
    lx += w;
    return g;
  });
  const body = [
    el('g', { 'aria-hidden': 'true' }, ...lanes, ...axis, marker, ...keys, ...legend),
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
  help: 'Use the arrow keys to move between the events, oldest first; press Enter to open the section that explains one.',
  source: (rows, data) => {
    const ids = new Set(rows.flatMap((d) => data.events.get(d.id)?.sources ?? []));
    return `This site's chronology of ${rows.length} events, compiled from ${ids.size} sources; each event's sources are listed on the timeline page and in the sources list`;
  },
  render: renderTimeline,
};
