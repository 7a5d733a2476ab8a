/**
 * ICSR's country estimates (Dec 2013 and Jan 2015), kept as the CSV they were transcribed in
 * (content/data/icsr-2013-2015.csv). Each Jan 2015 row becomes a figure, `icsr-2015-<country>`,
 * so prose, charts and tables read the CSV itself rather than a copy of it.
 */
import { csvParse } from 'd3';
import { z } from 'zod';
import { ContentError } from './load';
import type { Country, Figure } from './schema';

/** An empty cell or "NA" means ICSR gave no figure. */
const cell = z
  .string()
  .transform((s) => (s === '' || s === 'NA' ? undefined : Number(s)))
  .refine((n) => n === undefined || Number.isFinite(n), 'must be a number, empty, or NA');

export const icsrRowSchema = z.strictObject({
  country: z.string().min(2),
  countrycode: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters'),
  'icsr.date': z.enum(['20131217', '20150126']),
  'icsr.low': cell,
  'icsr.high': cell,
  'icsr.mean': cell,
});
export type IcsrRow = z.output<typeof icsrRowSchema>;

/** Parses and validates the CSV; problems name the file, line and column. */
export function parseIcsrCsv(text: string, file: string): IcsrRow[] {
  const problems: string[] = [];
  const rows: IcsrRow[] = [];
  csvParse(text).forEach((raw, i) => {
    const result = icsrRowSchema.safeParse(raw);
    if (result.success) rows.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(
          `${file}:${i + 2}: row "${raw['country'] ?? '?'}", column "${String(issue.path[0] ?? '')}": ${issue.message}`,
        );
  });
  if (problems.length > 0) throw new ContentError(problems);
  return rows;
}

/** The Western European countries of ICSR's own Table 1: checked against ICSR's page. */
const CHECKED_AGAINST_ICSR = new Set([
  'AUT',
  'BEL',
  'DNK',
  'FIN',
  'FRA',
  'DEU',
  'IRL',
  'ITA',
  'NLD',
  'NOR',
  'ESP',
  'SWE',
  'CHE',
  'GBR',
]);

/** Country names that take "the" in running text: "from the United States". */
export function withArticle(name: string): string {
  return /^(United |Netherlands|Philippines|Maldives|Czech Republic|Central African|Democratic Republic|Gambia|Bahamas)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** Jan 2015 rows as figures. Rows whose country is not in countries.yaml are an error. */
export function icsrFigures(rows: IcsrRow[], countries: Map<string, Country>, file: string): Figure[] {
  const byIso = new Map([...countries.values()].map((c) => [c.iso3, c]));
  const problems: string[] = [];
  const figures: Figure[] = [];
  for (const row of rows) {
    if (row['icsr.date'] !== '20150126') continue;
    const country = byIso.get(row.countrycode);
    if (!country) {
      problems.push(`${file}: row "${row.country}": country code ${row.countrycode} is not in countries.yaml`);
      continue;
    }
    const low = row['icsr.low'];
    const high = row['icsr.high'];
    const mean = row['icsr.mean'];
    if (mean === undefined) continue; // ICSR gave no 2015 figure (Iraq, Palestine).
    const amount = low !== undefined && high !== undefined ? { low, high } : { value: mean };
    figures.push({
      id: `icsr-2015-${country.id}`,
      label: `foreign fighters from ${withArticle(country.name)} in Syria and Iraq, ICSR estimate`,
      ...amount,
      unit: 'people',
      kind: 'estimate',
      // ICSR counted everyone who had gone over the whole conflict, mostly from data of late 2014.
      period: { to: '2014-12', label: 'the whole conflict to January 2015, cumulative (mostly data from late 2014)' },
      asOf: '2015-01-26',
      assertedBy: 'icsr',
      // Western European rows were checked on ICSR's own page; the others rest on the transcription.
      publishedIn: CHECKED_AGAINST_ICSR.has(row.countrycode) ? ['icsr-2015-01-26'] : ['icsr-2015-01-26', 'icsr-transcription'],
      confidence: CHECKED_AGAINST_ICSR.has(row.countrycode) ? 'high' : 'medium',
      countries: [country.id],
      series: 'icsr-2015',
      notes: [],
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return figures;
}
