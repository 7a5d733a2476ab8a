/**
 * How figures, dates and attributions are written. Pages, charts, tables and CSV files all
 * call these, so "as few as 50 a month" reads the same wherever it appears.
 */
import { format } from 'd3';
import { MONTHS } from './dates';
import { UNITS, type Figure, type Party, type Source } from './schema';

const number = format(',.2~f');

/** 2000 → "2,000"; 7.5 → "7.5". */
export function formatNumber(n: number): string {
  return number(n);
}

/** "2016" | "May 2016" | "11 May 2016", from a partial ISO date. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The number part of a figure, without hedge or unit: "50", "27,000 to 31,000". */
export function figureNumber(f: Pick<Figure, 'value' | 'low' | 'high' | 'text'>): string {
  if (f.text !== undefined) return f.text;
  if (f.value !== undefined) return formatNumber(f.value);
  return `${formatNumber(f.low ?? NaN)} to ${formatNumber(f.high ?? NaN)}`;
}

/** A figure as prose: hedge, number, unit. "as few as 50 a month", "6 to 10 a month". */
export function figureText(f: Figure, options: { unit?: boolean; hedge?: boolean } = {}): string {
  if (f.kind === 'qualitative') return f.text ?? '';
  const hedge = options.hedge !== false && f.hedge ? `${f.hedge} ` : '';
  const unit = options.unit === false ? '' : UNITS[f.unit];
  return `${hedge}${figureNumber(f)}${unit}`;
}

/** Text as a sentence: a full stop added unless it already ends with one (or ? or !). */
export function endSentence(text: string): string {
  return /[.?!]["”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** Years, month names and days: the words that date a period. */
const DATE_WORDS = new RegExp(`\\b(?:\\d{4}|\\d{1,2}|${MONTHS.join('|')})\\b`, 'g');

/**
 * What a figure counts, with the period it covers unless the label already names it:
 * "French arrivals, first half of 2015", not "…, first half of 2015 (first half of 2015)".
 */
export function labelWithPeriod(f: Pick<Figure, 'label' | 'period'>): string {
  const period = f.period.label;
  if (f.label.toLowerCase().includes(period.toLowerCase())) return f.label;
  // A period whose dates the label already gives adds nothing but repetition:
  // "total announced on 4 February 2015 (running total at 4 February 2015)".
  const dates = period.match(DATE_WORDS) ?? [];
  const said = new Set(f.label.match(DATE_WORDS) ?? []);
  if (dates.length > 0 && dates.every((d) => said.has(d))) return f.label;
  // A label or period with brackets of its own would nest them: "(average) (…)", "(… (…))".
  return /[()]/.test(period) || f.label.endsWith(')') ? `${f.label}; ${period}` : `${f.label} (${period})`;
}

/** Units a label may already say in its own words ("names on Turkey's list", "each month"). */
const UNIT_IN_LABEL: Partial<Record<Figure['unit'], RegExp>> = {
  names: /\bnames\b/i,
  'people-per-month': /\b(a|each|per) month\b/i,
  'per-million': /\bper million\b/i,
  countries: /\bcountries\b/i,
  families: /\bfamilies\b/i,
  attacks: /\battacks\b/i,
  days: /\bdays\b/i,
};

/** A figure for a list line, its unit left out where the label says it: "more than 40,000". */
export function figureForLabel(f: Figure): string {
  return figureText(f, { unit: !UNIT_IN_LABEL[f.unit]?.test(f.label) });
}

/** First letter upper-cased, for a label that opens a line: "share of …" → "Share of …". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * First letter lower-cased, for a label set inside a sentence: "In Syria and Iraq" → "in Syria
 * and Iraq". Only that letter: names later on keep their capitals ("Fighting in Libya" →
 * "fighting in Libya"), and an initialism at the start ("UK …") is left alone. A label that
 * opens with a name must not be passed here.
 */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  if (second === second.toUpperCase() && /\p{L}/u.test(second)) return text;
  return first.toLowerCase() + text.slice(1);
}

/**
 * A figure as a list line, label first and value after a colon, so no number runs into the
 * words of its label: "Americans travelling … each month, first half of 2015: 6 to 10".
 */
export function factLine(f: Figure): { label: string; value: string } {
  return { label: capitalise(labelWithPeriod(f)), value: figureForLabel(f) };
}

/** What a figure's number counts, as a column heading or a unit column says it: "people a month". */
export const UNIT_NAMES: Record<Figure['unit'], string> = {
  people: 'people',
  'people-per-month': 'people a month',
  names: 'names',
  'per-million': 'people per million inhabitants',
  percent: 'per cent',
  countries: 'countries',
  years: 'years',
  yards: 'yards',
  metres: 'metres',
  kilometres: 'kilometres',
  times: 'times',
  families: 'families',
  attacks: 'attacks',
  days: 'days',
};

/** How a figure was arrived at, in words a reader knows. */
export const KIND_WORDS: Record<Figure['kind'], string> = {
  count: 'Official count',
  estimate: 'Estimate',
  detail: 'Fact stated by the source, not a count',
  derived: 'Our calculation',
  qualitative: 'Described in words; no figure given',
};

/** "James B. Comey (Director of the FBI)", "U.S. intelligence". */
export function partyLabel(p: Party): string {
  return p.role ? `${p.name}, ${p.role}` : p.name;
}

/** "The Washington Post, 9 September 2016". */
export function sourceLabel(s: Source): string {
  return `${s.publisher}, ${formatDate(s.date)}`;
}

/** Who said it and where, in one line, for citation links and chart source notes. */
export function attribution(f: Figure, parties: Map<string, Party>, sources: Map<string, Source>): string {
  const who = parties.get(f.assertedBy);
  const where = f.publishedIn.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
  const first = where[0];
  if (f.kind === 'derived') return `Our calculation: ${f.derived?.method ?? ''}`;
  // The outlet's own reporting, with no one else named: say so once, not "The Post, in The Post".
  if (first && who?.name === first.publisher) return `reported by ${sourceLabel(first)}`;
  return `${who ? partyLabel(who) : f.assertedBy}${first ? `, in ${sourceLabel(first)}` : ''}`;
}
