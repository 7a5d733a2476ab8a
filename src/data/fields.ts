/**
 * Field schemas the datasets share: ids, words a reader sees, dates, addresses, languages. Each
 * says in its error what a hand-written value must look like.
 */
import { z } from 'zod';
import { SITE } from '../site';
import { calendarProblem, firstDay } from './dates';

/** Lower-case words joined by hyphens: stable, URL-safe, and readable in YAML. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/**
 * Words a reader sees (a title, a label, a name): at least `min` characters once the spaces at
 * either end are dropped, so a blank entry cannot publish an empty heading or a search alias
 * that matches every page.
 */
export function textSchema(min = 1) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters long (spaces aside)`);
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A YYYY, YYYY-MM or YYYY-MM-DD text that is a real date: only such dates are compared. */
export function isPartialDate(v: unknown): v is string {
  return typeof v === 'string' && PARTIAL_DATE.test(v) && calendarProblem(v) === undefined;
}

/**
 * A calendar date only as precise as the source allows: 2016, 2016-05 or 2016-05-11, and a
 * real one (2016-02-30 is an error, not 1 March). A bare year is read as a number by YAML, so
 * numbers are accepted and turned into text.
 */
export const partialDateSchema = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().superRefine((text, ctx) => {
    if (!PARTIAL_DATE.test(text)) ctx.addIssue({ code: 'custom', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
    else {
      const problem = calendarProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  }),
);

/** A problem when a date is later than the site's last-updated date (SITE.lastUpdated). */
export function afterLastUpdated(date: string): string | undefined {
  return isPartialDate(date) && firstDay(date) > SITE.lastUpdated
    ? `${date} is after the site's last-updated date, ${SITE.lastUpdated} (SITE.lastUpdated in src/site.ts)`
    : undefined;
}

/** A date that has passed: not after the site's last-updated date (SITE.lastUpdated). */
export const pastDateSchema = partialDateSchema.superRefine((date, ctx) => {
  const late = afterLastUpdated(date);
  if (late) ctx.addIssue({ code: 'custom', message: late });
});

/** An address readers may follow: http or https only (never javascript:, data:, file:…). */
export const webAddressSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "French" for "fr"; undefined for a code that names no language. */
export function languageName(code: string): string | undefined {
  try {
    return languageNames.of(code);
  } catch {
    return undefined; // not even the shape of a language code
  }
}

/** The language of a source: an ISO 639-1 code, lower case, that names a language (fr, ar). */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2}$/, { error: 'must be a two-letter ISO 639-1 code in lower case, such as "fr"', abort: true })
  .refine((code) => languageName(code) !== undefined, {
    error: (i) => `"${String(i.input)}" is not an ISO 639-1 language code`,
  });
