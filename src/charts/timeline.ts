/**
 * Timeline: the dated events on two stacked time axes, in lanes by the theme page that explains
 * them (site.ts), each linking to its section (Enter, or the table's link). The upper tier gives
 * the years around the article most of its width, with 1989 (the Soviet withdrawal) set apart on
 * the left; the lower tier gives 2017–2025 a uniform scale of its own (timeline-axis.ts). A day
 * is a dot, a month known only as a month is a block as wide as the month, and an event that
 * lasted is a bar; events that would overlap are stacked within their lane. The article's
 * publication day is marked.
 */
import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import type { Event } from '../data/schema';
import { chartFrame } from './frame';
import { drawLegend } from './legend';
import { hit, mark, ringedDot } from './marks';
import {
  ARTICLE_EVENT,
  layoutTimeline,
  pageLabel,
  type TimelineLayout,
  type TimelineMark,
  type TimelineRow,
  type TimelineTier,
} from './timeline-layout';
import { el, r, label, strokes } from './svg';
import type { ChartSpec, RenderOptions } from './types';

export { LANES, layoutTimeline, type TimelineLayout, type TimelineMark, type TimelineRow } from './timeline-layout';

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

function describe(row: TimelineRow): string {
  const when = row.endDate ? `${formatDate(row.date)} to ${formatDate(row.endDate)}` : formatDate(row.date);
  const note = row.dateNote ? ` (${row.dateNote.replace(/\.$/, '')})` : '';
  const where = row.page === 'sources' ? 'the sources page' : `the ${pageLabel(row.page)} page`;
  return `${when}${note}: ${row.title}. Explained on ${where}.`;
}

function drawMark(m: TimelineLayout['marks'][number], dot: number): string {
  const info = { label: describe(m.row), href: m.row.section };
  // Most events are dots: each its own target, reached as far as a hit area would (7 units).
  if (m.shape === 'dot') return mark(info, ringedDot({ class: `dot--${m.colour}`, cx: m.x0, cy: m.y, r: dot }));
  return mark(info, shape(m.shape, m, dot, m.colour), hit(m.x0 - 6, m.y - 7, m.x1 - m.x0 + 12, 14));
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

/** A tier's lanes, axis and key-event names. */
function drawTier(t: TimelineTier, L: TimelineLayout): string {
  const { font, dot, width } = L;
  const lh = font * 1.25;
  const lanes = [
    strokes(
      'lane-rule',
      t.lanes.map((l) => ({ x1: 0, x2: width, y1: l.top + lh * 0.35, y2: l.top + lh * 0.35 })),
    ),
    ...t.lanes.map((l) => label(0, l.top + lh + 2 - lh * 0.2, l.label, { class: 'strong halo' })),
  ];
  // Axis: the pieces' baselines with a break between them, year ticks in the ticked pieces.
  const base = t.axisY - 8;
  const axis = [
    ...t.segments.map((s) => el('line', { class: 'baseline', x1: s.x0, x2: s.x1, y1: base, y2: base })),
    ...t.breaks.map((bx) =>
      el('path', { class: 'break', d: `M${r(bx - 5)} ${r(t.axisY - 3)}l4 -10M${r(bx + 1)} ${r(t.axisY - 3)}l4 -10` }),
    ),
    // A piece with a label of its own (1989) has it at its left edge.
    ...t.segments.map((s) =>
      s.label ? label(s.x0, t.axisY + font, s.label, { class: 'tick-label', 'text-anchor': 'start' }) : '',
    ),
    strokes(
      'tick',
      // The tier's last year closes with a tick of its own.
      [...t.years.map((y) => y.x0), ...t.years.slice(-1).map((y) => y.x1)].map((x) => ({
        x1: x,
        x2: x,
        y1: base,
        y2: t.axisY - 3,
      })),
    ),
    ...t.years.map((y) =>
      y.label ? label((y.x0 + y.x1) / 2, t.axisY + font, String(y.year), { class: 'tick-label', 'text-anchor': 'middle' }) : '',
    ),
  ];
  const keys = t.keys.map((k) =>
    [
      el('line', { class: 'leader', x1: k.cx, x2: k.cx, y1: k.y + 4, y2: k.markY - dot - 2 }),
      label(k.x, k.y, k.lines, { class: 'value-label halo', 'text-anchor': k.anchor }),
    ].join(''),
  );
  return [...lanes, ...axis, ...keys].join('');
}

export function renderTimeline(rows: TimelineRow[], options: RenderOptions): string {
  const L = layoutTimeline(rows, options.layout);
  const { dot } = L;
  const articleMark = L.marks.find((m) => m.shape === 'article');
  const articleTier = L.tiers[articleMark?.tier ?? 0];
  const marker = articleTier
    ? el('line', {
        class: 'marker-line',
        x1: L.article,
        x2: L.article,
        y1: articleTier.lanes[0]?.top ?? articleTier.top,
        y2: articleTier.axisY - 8,
      })
    : '';
  const colour = L.tiers[0]?.lanes[0]?.colour ?? 'c1';
  const legend = drawLegend(
    L.legend.map((c) => ({ ...c, swatch: shape(c.shape, { ...SWATCH_SIZE[c.shape], y: -4 }, dot, colour) })),
    'muted',
  );
  const body = [
    el('g', { 'aria-hidden': 'true' }, ...L.tiers.map((t) => drawTier(t, L)), marker, legend),
    el('g', { class: 'marks' }, ...L.marks.map((m) => drawMark(m, dot))),
  ].join('');
  return chartFrame({ width: L.width, height: L.height, font: L.font, options, body });
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
  // The timeline page lists every event below the chart, with its date, section and sources: a
  // table of the same ~90 events would only repeat them.
  listedOnPage: { href: '#before-2014', text: 'the events, oldest first, from “Before the caliphate” on', rows: 'events' },
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
