/**
 * ICSR's country estimates (Dec 2013 and Jan 2015), kept as the CSV they were transcribed in
 * (content/data/icsr-2013-2015.csv). Each Jan 2015 row becomes a figure, `icsr-2015-<country>`,
 * so prose, charts and tables read the CSV itself rather than a copy of it.
 */
import { csvParse } from 'd3';
import { z } from 'zod';
import type { Filed } from './dataset';
import { ContentError } from './load';
import { textSchema } from './fields';
import { figureSchema, type Country, type Figure } from './schema';

/** An empty cell or "NA" means ICSR gave no figure; otherwise a count, so a number of at least 0. */
const cell = z
  .string()
  .transform((s) => (s === '' || s === 'NA' ? undefined : Number(s)))
  .refine((n) => n === undefined || Number.isFinite(n), 'must be a number, empty, or NA')
  .refine((n) => n === undefined || n >= 0, 'must not be negative');

export const icsrRowSchema = z
  .strictObject({
    country: textSchema(2),
    countrycode: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters'),
    'icsr.date': z.enum(['20131217', '20150126']),
    'icsr.low': cell,
    'icsr.high': cell,
    'icsr.mean': cell,
  })
  .superRefine((row, ctx) => {
    // The December 2013 rows are kept as transcribed and never published (Qatar's has low above
    // high, see content/data/README.md); the January 2015 rows become figures and must add up.
    if (row['icsr.date'] !== '20150126') return;
    const { 'icsr.low': low, 'icsr.high': high, 'icsr.mean': mean } = row;
    if (low !== undefined && high !== undefined && low > high)
      ctx.addIssue({ code: 'custom', path: ['icsr.low'], message: `low (${low}) is above high (${high})` });
    else if (mean !== undefined && low !== undefined && mean < low)
      ctx.addIssue({ code: 'custom', path: ['icsr.mean'], message: `mean (${mean}) is below low (${low})` });
    else if (mean !== undefined && high !== undefined && mean > high)
      ctx.addIssue({ code: 'custom', path: ['icsr.mean'], message: `mean (${mean}) is above high (${high})` });
  });
export type IcsrRow = z.output<typeof icsrRowSchema> & { line: number };

/** Parses and validates the CSV; problems name the file, line and column. */
export function parseIcsrCsv(text: string, file: string): IcsrRow[] {
  const problems: string[] = [];
  const rows: IcsrRow[] = [];
  csvParse(text).forEach((raw, i) => {
    const line = i + 2; // after the header row; no cell of this file spans lines
    const result = icsrRowSchema.safeParse(raw);
    if (result.success) rows.push({ ...result.data, line });
    else
      for (const issue of result.error.issues)
        problems.push(
          `${file}:${line}: row "${raw['country'] ?? '?'}", column "${String(issue.path[0] ?? '')}": ${issue.message}`,
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

/**
 * Jan 2015 rows as figures, checked by the same figure schema as the YAML figures (a negative or
 * implausible value, a range upside down). Rows whose country is not in countries.yaml are an error.
 */
export function icsrFigures(rows: IcsrRow[], countries: Map<string, Country>, file: string): Filed<Figure>[] {
  const byIso = new Map([...countries.values()].map((c) => [c.iso3, c]));
  const problems: string[] = [];
  const figures: Filed<Figure>[] = [];
  for (const row of rows) {
    if (row['icsr.date'] !== '20150126') continue;
    const country = byIso.get(row.countrycode);
    if (!country) {
      problems.push(
        `${file}:${row.line}: row "${row.country}", column "countrycode": ${row.countrycode} is not in countries.yaml`,
      );
      continue;
    }
    const low = row['icsr.low'];
    const high = row['icsr.high'];
    const mean = row['icsr.mean'];
    if (mean === undefined) continue; // ICSR gave no 2015 figure (Iraq, Palestine).
    const amount = low !== undefined && high !== undefined ? { low, high } : { value: mean };
    const id = `icsr-2015-${country.id}`;
    const figure = figureSchema.safeParse({
      id,
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
    });
    if (figure.success) figures.push({ ...figure.data, file, line: row.line });
    else
      for (const issue of figure.error.issues)
        problems.push(
          `${file}:${row.line}: row "${row.country}" (figure "${id}"), field "${issue.path.join('.')}": ${issue.message}`,
        );
  }
  if (problems.length > 0) throw new ContentError(problems);
  return figures;
}
