/**
 * Schemas for every dataset in content/data. Each field carries a doc comment because the
 * YAML files are written by hand: the comment is the contract an author reads.
 */
import { z } from 'zod';
import { firstDay, lastDay } from './dates';
import {
  idSchema,
  isPartialDate,
  languageSchema,
  partialDateSchema,
  pastDateSchema,
  textSchema,
  webAddressSchema,
} from './fields';

export { idSchema, partialDateSchema } from './fields';

/** The qualifiers a source put on a number. Kept word for word: a hedge is part of the claim. */
export const HEDGES = [
  'about',
  'almost',
  'as few as',
  'as many as',
  'at least',
  'fewer than',
  'more than',
  'nearly',
  'roughly',
  'some',
  'up to',
] as const;

/** How a value is written after its number. */
export const UNITS = {
  people: '',
  'people-per-month': ' a month',
  names: ' names',
  'per-million': ' per million inhabitants',
  percent: '%',
  countries: ' countries',
  years: ' years',
  yards: ' yards',
  metres: ' metres',
  /** Lengths of border or wall, as Turkish sources gave them. */
  kilometres: ' km',
  times: ' times',
  /** Households, where a government counted returns by family rather than by person. */
  families: ' families',
  /** Attacks counted in a period (completed, failed and foiled, where the source says so). */
  attacks: ' attacks',
  /** A span of time in days, e.g. how long a town was held. */
  days: ' days',
} as const;
export type Unit = keyof typeof UNITS;

/**
 * The largest plausible value for each unit; every value is also at least 0 and finite. A value
 * above its bound is a typo (an extra zero, 1e308), so it stops the build. The bounds are wide:
 * people 1,000,000 (the largest counts, all foreign fighters or a camp, are in the tens of
 * thousands); people-per-month 20,000 (the highest estimate is 2,000); names 1,000,000 (Turkey's
 * no-entry list held tens of thousands); per-million 1,000 (national rates are in the tens);
 * percent 1,000 (shares and falls are at most 100, a rise may be several times that); countries
 * 250 (there are fewer than 200 states); years 150 (ages, spans); yards and metres 100,000
 * (distances along a border); kilometres 10,000 (Turkey's border with Syria is about 900 km);
 * times 1,000 (ratios such as "eight times as many"); families 100,000 (repatriations by household
 * run to the hundreds); attacks 10,000 (Europol's yearly counts are in the tens to hundreds); days
 * 10,000 (how long a town was held).
 */
export const UNIT_MAX: Readonly<Record<Unit, number>> = {
  people: 1_000_000,
  'people-per-month': 20_000,
  names: 1_000_000,
  'per-million': 1_000,
  percent: 1_000,
  countries: 250,
  years: 150,
  yards: 100_000,
  metres: 100_000,
  kilometres: 10_000,
  times: 1_000,
  families: 100_000,
  attacks: 10_000,
  days: 10_000,
};

const unitSchema = z.enum(Object.keys(UNITS) as [Unit, ...Unit[]]);

/** A period a figure covers. `label` is how the page says it; from/to let charts place it. */
const periodSchema = z
  .strictObject({
    /** First month or day covered, as precise as known. */
    from: partialDateSchema.optional(),
    /** Last month or day covered, as precise as known; not before `from`. */
    to: partialDateSchema.optional(),
    /** Words for the period, e.g. "first half of 2015" or "the peak (undated)". */
    label: textSchema(2),
  })
  .superRefine((p, ctx) => {
    if (isPartialDate(p.from) && isPartialDate(p.to) && firstDay(p.from) > lastDay(p.to))
      ctx.addIssue({ code: 'custom', path: ['from'], message: `the period starts (${p.from}) after it ends (${p.to})` });
  });

/** A note from another source that refines, corrects or dates a figure. */
const noteSchema = z.strictObject({
  /** The note, in the site's own words. */
  text: textSchema(10),
  /** Ids in sources.yaml that back the note. */
  sources: z.array(idSchema).default([]),
});

export const FIGURE_KINDS = ['count', 'estimate', 'detail', 'derived', 'qualitative'] as const;

export const figureSchema = z
  .strictObject({
    /** Stable id used by <Fig id="…"/> in MDX and by charts; never reuse a retired id. */
    id: idSchema,
    /** What is counted, in a few words, e.g. "foreign recruits crossing into Syria each month". */
    label: textSchema(5),
    /** The single value, when the source gave one number: finite, at least 0, at most UNIT_MAX. */
    value: z.number().optional(),
    /** Bottom of a range the source gave (e.g. Soufan's 27,000). */
    low: z.number().optional(),
    /** Top of a range the source gave (e.g. Soufan's 31,000); not below `low`. */
    high: z.number().optional(),
    /** For a qualitative claim with no number: the claim as framed, e.g. "dozens a month". */
    text: textSchema(2).optional(),
    /** What the number counts; decides the words written after it. */
    unit: unitSchema,
    /** The qualifier the source used ("up to", "as few as"…); omit when it used none. */
    hedge: z.enum(HEDGES).optional(),
    /**
     * count: an official tally; estimate: an assessment or rounded figure; detail: a stated fact
     * that is neither (an age limit, a distance, a time span); derived: computed by this site
     * from other figures; qualitative: a claim without a number.
     */
    kind: z.enum(FIGURE_KINDS),
    /** The period the figure covers. */
    period: periodSchema,
    /**
     * When the figure was stated or published: not before the period starts, and not after the
     * site's last-updated date (SITE.lastUpdated in src/site.ts).
     */
    asOf: pastDateSchema,
    /** Who asserted it: an id in people.yaml (a person, an agency or a government). */
    assertedBy: idSchema,
    /** Where it was published: ids in sources.yaml, the one the site relies on first. */
    publishedIn: z.array(idSchema).min(1),
    /** For derived figures: the figures it is computed from and how. */
    derived: z
      .strictObject({
        from: z.array(idSchema).min(1),
        /** The arithmetic in words, e.g. "69 ÷ 4". */
        method: textSchema(3),
      })
      .optional(),
    /** High, medium or low, as graded in the fact check (context notes). */
    confidence: z.enum(['high', 'medium', 'low']).optional(),
    /** Ids in countries.yaml the figure is about. */
    countries: z.array(idSchema).default([]),
    /** Groups dated points that charts draw together, e.g. "turkey-entry-ban". */
    series: idSchema.optional(),
    /** Refinements and corrections from other sources. */
    notes: z.array(noteSchema).default([]),
  })
  .superRefine((f, ctx) => {
    const hasValue = f.value !== undefined;
    const hasRange = f.low !== undefined || f.high !== undefined;
    const hasText = f.text !== undefined;
    if (Number(hasValue) + Number(hasRange) + Number(hasText) !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give exactly one of value, low/high (a range) or text (a qualitative claim)',
      });
    }
    for (const field of ['value', 'low', 'high'] as const) {
      const n = f[field];
      if (n === undefined) continue;
      if (n < 0) ctx.addIssue({ code: 'custom', path: [field], message: `${n} is negative; a count cannot be` });
      else if (n > UNIT_MAX[f.unit])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${n} is not plausible for unit "${f.unit}" (at most ${UNIT_MAX[f.unit].toLocaleString('en')}; see UNIT_MAX in src/data/schema.ts)`,
        });
    }
    const start = f.period.from;
    if (isPartialDate(start) && isPartialDate(f.asOf) && lastDay(f.asOf) < firstDay(start))
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: `${f.asOf} is before the period it describes starts (${start})` });
    if (hasRange) {
      if (f.low === undefined || f.high === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [f.low === undefined ? 'low' : 'high'],
          message: 'a range needs both low and high',
        });
      } else if (f.low > f.high) {
        ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${f.low}) is above high (${f.high})` });
      }
    }
    if ((f.kind === 'qualitative') !== hasText) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'kind "qualitative" goes with text, and only with text' });
    }
    if ((f.kind === 'derived') !== (f.derived !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['derived'],
        message: 'kind "derived" needs a derived block, and only it may have one',
      });
    }
  });
export type Figure = z.output<typeof figureSchema>;

/** A figures file: optional shared defaults, then the entries. */
export const figureFileSchema = z.strictObject({
  /** Fields shared by every entry of the file (an entry's own value wins). */
  defaults: z.record(z.string(), z.unknown()).default({}),
  figures: z.array(z.unknown()).min(1),
});

export const SOURCE_KINDS = ['news', 'report', 'official', 'transcript', 'book', 'dataset', 'reference', 'speech'] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  /** Title as published. */
  title: textSchema(3),
  /** Outlet or publishing body, e.g. "The Washington Post". */
  publisher: textSchema(2),
  /** Publication date; not after the site's last-updated date. */
  date: pastDateSchema,
  /** Authors, where named. */
  authors: z.array(textSchema(2)).default([]),
  kind: z.enum(SOURCE_KINDS),
  /** Language of the original: an ISO 639-1 code, lower case, that names a language (fr, ar). */
  language: languageSchema.default('en'),
  /** The original's address, http(s) only. Shown as text and link; never loaded by the site. */
  url: webAddressSchema.optional(),
  /** Where the copy that was checked was read, when that differs from url (mirror, archive). */
  readAt: textSchema(2).optional(),
  /** What this source is used for, in a sentence. */
  note: textSchema(2).optional(),
});
export type Source = z.output<typeof sourceSchema>;

export const PARTY_KINDS = ['person', 'organisation', 'agency', 'government', 'armed-group', 'outlet'] as const;

/** A person or body quoted, cited or discussed. */
export const partySchema = z.strictObject({
  id: idSchema,
  name: textSchema(2),
  kind: z.enum(PARTY_KINDS),
  /** Role at the time of the statements cited, e.g. "Director of the FBI". */
  role: textSchema(2).optional(),
  /** Id of the body the person spoke for, in this same file. */
  organisation: idSchema.optional(),
  /** Id in countries.yaml. */
  country: idSchema.optional(),
  /** One or two sentences on who this is, in the site's words. */
  about: textSchema(10),
  /** Other names or spellings to recognise in the text, e.g. "Farhat Horchani". */
  aliases: z.array(textSchema(2)).default([]),
});
export type Party = z.output<typeof partySchema>;

export const countrySchema = z.strictObject({
  id: idSchema,
  name: textSchema(2),
  /** ISO 3166-1 alpha-3 code, or the code the ICSR table uses where there is none (KSV, WBG). */
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters'),
  /**
   * ISO 3166-1 numeric code as a 3-digit string: the key of Natural Earth shapes. Kosovo has
   * none; some small states (Bahrain) have a code but no shape at the map's scale.
   */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/, 'must be three digits')
    .optional(),
  /** Words that name the country in prose (demonyms), for the mention index. */
  aliases: z.array(textSchema(2)).default([]),
  region: z.enum([
    'western-europe',
    'north-america',
    'middle-east',
    'north-africa',
    'sub-saharan-africa',
    'former-soviet-union',
    'asia',
    'balkans',
    'oceania',
  ]),
});
export type Country = z.output<typeof countrySchema>;

/** A link target inside the site: "/page/#section", or on a part of a page, "/page/part/#section". */
export const sectionRefSchema = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/){0,2}#[a-z0-9-]+$/, 'must be a section link like /causes/#border');

export const eventSchema = z
  .strictObject({
    id: idSchema,
    /** When it happened, as precise as known; not after the site's last-updated date. */
    date: pastDateSchema,
    /** Last day, for events that lasted; not before `date`. */
    endDate: pastDateSchema.optional(),
    /** Caveat on the date, e.g. "year inferred from the series". */
    dateNote: textSchema(2).optional(),
    /** A short headline in the site's words. */
    title: textSchema(5),
    /** One or two sentences in the site's words. */
    summary: textSchema(20),
    /** The section that explains the event. */
    section: sectionRefSchema,
    /** Ids in sources.yaml; every event needs at least one. */
    sources: z.array(idSchema).min(1, 'every event needs at least one source'),
    countries: z.array(idSchema).default([]),
    people: z.array(idSchema).default([]),
    figures: z.array(idSchema).default([]),
  })
  .superRefine((e, ctx) => {
    if (isPartialDate(e.date) && isPartialDate(e.endDate) && firstDay(e.date) > lastDay(e.endDate))
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${e.endDate} is before the event starts (${e.date})` });
  });
export type Event = z.output<typeof eventSchema>;

/** A key term for the topic index. */
export const topicSchema = z.strictObject({
  id: idSchema,
  /** The term as the index lists it, e.g. "No-entry list". */
  term: textSchema(2),
  /** Words that count as a mention of the term in the text (case as written). */
  aliases: z.array(textSchema(2)).min(1),
  /** One sentence on what the term means here. */
  about: textSchema(10),
});
export type Topic = z.output<typeof topicSchema>;

/** A section id that was renamed: the old id keeps working and lands on the section it became. */
export const retiredAnchorSchema = z.strictObject({
  /** Content id of the page, e.g. "decline". */
  page: idSchema,
  /** The id that was published and must keep working. */
  id: idSchema,
  /** The section id it now leads to, on the same page. */
  now: idSchema,
});
export type RetiredAnchor = z.output<typeof retiredAnchorSchema>;
