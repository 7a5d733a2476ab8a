/**
 * The timeline's broken time axis, from the events themselves: a main piece for the years
 * around the article, which gets most of the width, and a compressed piece on either side for
 * the events before and after it (1989; 2017–19). A date outside every piece stops the build:
 * nothing is drawn off the axis.
 */
import { scaleUtc } from 'd3';
import { ContentError } from '../data/load';

/**
 * Each piece's share of the width: the design gives the years around the article most of the
 * room whatever the events are (a piece that is not needed gives its share to the main one).
 */
const SHARES = { before: 0.06, main: 0.8, after: 0.14 };
/** The main piece starts with the first event this many years before the article's year. */
const MAIN_YEARS = 3;

export interface AxisPiece {
  from: Date;
  to: Date;
  /** Share of the usable width. */
  share: number;
  /** The piece's own label (the main piece's years are ticked instead). */
  label: string;
}

export interface PlacedPiece extends AxisPiece {
  x0: number;
  x1: number;
}

const utc = (year: number, month = 0) => new Date(Date.UTC(year, month, 1));

/** "1989", "2017–19", "1998–2005". */
function yearsLabel(first: number, last: number): string {
  if (first === last) return String(first);
  return Math.floor(first / 100) === Math.floor(last / 100) ? `${first}–${String(last).slice(2)}` : `${first}–${last}`;
}

/**
 * The pieces for events dated `dates` (each event's first and last day) around the article's
 * year: the main piece from the month before the first event in the MAIN_YEARS before it to the
 * end of that year; the others from the first to the end of the last year of their events.
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
    pieces.push({ from: utc(a), to: utc(b + 1), share: SHARES.before, label: yearsLabel(a, b) });
  }
  pieces.push({ from: mainStart, to: mainEnd, share: SHARES.main, label: '' });
  if (after.length > 0) {
    const b = Math.max(...after);
    pieces.push({ from: mainEnd, to: utc(b + 1), share: SHARES.after, label: yearsLabel(articleYear + 1, b) });
  }
  const total = pieces.reduce((sum, p) => sum + p.share, 0);
  return pieces.map((p) => ({ ...p, share: p.share / total }));
}

/** The pieces side by side across `usable` units, `gap` apart. */
export function placePieces(pieces: AxisPiece[], usable: number, gap: number): PlacedPiece[] {
  const width = usable - gap * (pieces.length - 1);
  let cursor = 0;
  return pieces.map((p) => {
    const placed = { ...p, x0: cursor, x1: cursor + width * p.share };
    cursor = placed.x1 + gap;
    return placed;
  });
}

/** x for a date on the broken axis; a date no piece holds is an error, never drawn at an edge. */
export function brokenScale(pieces: PlacedPiece[]): (d: Date) => number {
  return (d) => {
    const piece = pieces.find((s) => d >= s.from && d <= s.to);
    if (!piece)
      throw new ContentError([
        `chart "timeline": ${d.toISOString().slice(0, 10)} is outside its time axis (src/charts/timeline-axis.ts)`,
      ]);
    return scaleUtc().domain([piece.from, piece.to]).range([piece.x0, piece.x1])(d);
  };
}

/** The main piece's whole years, to tick: each year's start and end on the axis. */
export function mainYears(pieces: PlacedPiece[], x: (d: Date) => number): { year: number; x0: number; x1: number }[] {
  const main = pieces.find((p) => p.label === '');
  if (!main) return [];
  const years: { year: number; x0: number; x1: number }[] = [];
  for (let year = main.from.getUTCFullYear() + (main.from.getUTCMonth() > 0 ? 1 : 0); utc(year + 1) <= main.to; year++) {
    years.push({ year, x0: x(utc(year)), x1: x(utc(year + 1)) });
  }
  return years;
}
