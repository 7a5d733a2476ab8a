/**
 * Partial ISO dates, as precise as a source allows: "2016", "2016-05" or "2016-05-11". The
 * checks say whether one is a real calendar date; the bounds turn one into its first and last
 * day, so that dates of different precision compare ("2016" is not after "2016-05").
 */

/** The months' names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a YYYY, YYYY-MM or YYYY-MM-DD text is not a calendar date, or undefined when it is one.
 * The shape is checked by the schema's pattern; this catches what a pattern cannot (30 February).
 */
export function calendarProblem(text: string): string | undefined {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || !Number.isInteger(y)) return `"${text}" is not a date`;
  if (m === undefined) return undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return `"${text}" is not a date: there is no month ${m}`;
  if (d === undefined) return undefined;
  const days = daysInMonth(y, m);
  if (!Number.isInteger(d) || d < 1 || d > days) return `"${text}" is not a date: ${MONTHS[m - 1]} ${y} has ${days} days`;
  return undefined;
}

/** The first day a partial date can mean: "2016" → "2016-01-01". */
export function firstDay(partial: string): string {
  const [y, m = '01', d = '01'] = partial.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: "2016-02" → "2016-02-29". */
export function lastDay(partial: string): string {
  const [y = '', m, d] = partial.split('-');
  if (m === undefined) return `${y}-12-31`;
  return `${y}-${m}-${d ?? String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
}
