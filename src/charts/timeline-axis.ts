/**
 * The timeline's time axis, from the events themselves, in two tiers stacked like lines of text.
 * The upper tier holds the years around the article, which get most of its width, with a
 * compressed piece before them for earlier events (1989), set off by a break. The lower tier
 * holds the years after the article's year (2017–2025), on a scale of its own across the full
 * width. Within a piece, time is uniform; a date outside every piece stops the build: nothing
 * is drawn off the axis.
 */
import { scaleUtc } from 'd3';
import { ContentError } from '../data/load';
import { textWidth } from './labels';

/**
 * Each piece's share of its tier's width: the design gives the years around the article almost
 * all of the upper tier whatever the events are (the earlier piece only marks that they exist).
 */
const SHARES = { before: 0.06, main: 0.94, after: 1 };
/** The main piece starts with the first event this many years before the article's year. */
const MAIN_YEARS = 3;

export interface AxisPiece {
  from: Date;
  to: Date;
  /** 0: the years up to the end of the article's year; 1: the years after. */
  tier: number;
  /** Share of its tier's usable width. */
  share: number;
  /** The piece's own label; '' for a piece whose years are ticked instead. */
  label: string;
}

export interface PlacedPiece extends AxisPiece {
  x0: number;
  x1: number;
}

const utc = (year: number, month = 0) => new Date(Date.UTC(year, month, 1));

/** "1989", "1979–89", "1998–2005". */
function yearsLabel(first: number, last: number): string {
  if (first === last) return String(first);
  return Math.floor(first / 100) === Math.floor(last / 100) ? `${first}–${String(last).slice(2)}` : `${first}–${last}`;
}

/**
 * The pieces for events dated `dates` (each event's first and last day) around the article's
 * year: the main piece from the month before the first event in the MAIN_YEARS before it to the
 * end of that year; the earlier piece from the first to the end of the last year of its events;
 * the later tier from the start of the next year to the end of the last year of its events.
 */
export function axisPieces(dates: Date[], articleYear: number): AxisPiece[] {
  const mainEnd = utc(articleYear + 1);
  const recent = dates.filter((d) => d.getUTCFullYear() >= articleYear - MAIN_YEARS && d < mainEnd);
  const first = recent.length > 0 ? new Date(Math.min(...recent.map(Number))) : utc(articleYear);
  const mainStart = utc(first.getUTCFullYear(), first.getUTCMonth() - 1);
  const before = dates.filter((d) => d < mainStart).map((d) => d.getUTCFullYear());
  const after = dates.filter((d) => d >= mainEnd).map((d) => d.getUTCFullYear());
  const pieces: AxisPiece[] = [];
  if (before.length > 0) {
    const [a, b] = [Math.min(...before), Math.max(...before)];
    pieces.push({ from: utc(a), to: utc(b + 1), tier: 0, share: SHARES.before, label: yearsLabel(a, b) });
  }
  pieces.push({ from: mainStart, to: mainEnd, tier: 0, share: SHARES.main, label: '' });
  if (after.length > 0) pieces.push({ from: mainEnd, to: utc(Math.max(...after) + 1), tier: 1, share: SHARES.after, label: '' });
  // Shares are of each tier's width.
  return pieces.map((p) => {
    const total = pieces.filter((q) => q.tier === p.tier).reduce((sum, q) => sum + q.share, 0);
    return { ...p, share: p.share / total };
  });
}

/** Each tier's pieces side by side across `usable` units, `gap` apart. */
export function placePieces(pieces: AxisPiece[], usable: number, gap: number): PlacedPiece[] {
  const placed: PlacedPiece[] = [];
  for (const tier of [...new Set(pieces.map((p) => p.tier))]) {
    const own = pieces.filter((p) => p.tier === tier);
    const width = usable - gap * (own.length - 1);
    let cursor = 0;
    for (const p of own) {
      placed.push({ ...p, x0: cursor, x1: cursor + width * p.share });
      cursor += width * p.share + gap;
    }
  }
  return placed;
}

/** The piece that holds a date; a date no piece holds is an error, never drawn at an edge. */
export function pieceOf(pieces: PlacedPiece[], d: Date): PlacedPiece {
  const piece = pieces.find((s) => d >= s.from && d <= s.to);
  if (!piece)
    throw new ContentError([
      `chart "timeline": ${d.toISOString().slice(0, 10)} is outside its time axis (src/charts/timeline-axis.ts)`,
    ]);
  return piece;
}

/** x for a date on its piece (its tier is the piece's). */
export function brokenScale(pieces: PlacedPiece[]): (d: Date) => number {
  return (d) => {
    const piece = pieceOf(pieces, d);
    return scaleUtc().domain([piece.from, piece.to]).range([piece.x0, piece.x1])(d);
  };
}

export interface AxisYear {
  year: number;
  tier: number;
  x0: number;
  x1: number;
  /** Labelled: every year where four digits fit in one, else every other year (the last always). */
  label: boolean;
}

/**
 * The whole years of the ticked pieces (those without a label of their own), each tier's in turn,
 * placed on their own piece (a year's first day may also be the last of the piece before).
 */
export function tickedYears(pieces: PlacedPiece[], font: number): AxisYear[] {
  return pieces
    .filter((p) => p.label === '')
    .flatMap((p) => {
      const x = scaleUtc().domain([p.from, p.to]).range([p.x0, p.x1]);
      const years: AxisYear[] = [];
      for (let year = p.from.getUTCFullYear() + (p.from.getUTCMonth() > 0 ? 1 : 0); utc(year + 1) <= p.to; year++) {
        years.push({ year, tier: p.tier, x0: x(utc(year)), x1: x(utc(year + 1)), label: true });
      }
      const last = years[years.length - 1]?.year ?? 0;
      const narrowest = Math.min(...years.map((y) => y.x1 - y.x0));
      const every = narrowest < textWidth('2000', font) + 8 ? 2 : 1;
      return years.map((y) => ({ ...y, label: (last - y.year) % every === 0 }));
    });
}
