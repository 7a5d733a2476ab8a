/**
 * Schemas for every dataset in content/data. Each field carries a doc comment because the
 * YAML files are written by hand: the comment is the contract an author reads.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: stable, URL-safe, and readable in YAML. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/**
 * A calendar date only as precise as the source allows: 2016, 2016-05 or 2016-05-11. A bare
 * year is read as a number by YAML, so numbers are accepted and turned into text.
 */
export const partialDateSchema = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

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

const unitSchema = z.enum(Object.keys(UNITS) as [Unit, ...Unit[]]);

/** A period a figure covers. `label` is how the page says it; from/to let charts place it. */
const periodSchema = z.strictObject({
  /** First month or day covered, as precise as known. */
  from: partialDateSchema.optional(),
  /** Last month or day covered, as precise as known. */
  to: partialDateSchema.optional(),
  /** Words for the period, e.g. "first half of 2015" or "the peak (undated)". */
  label: z.string().min(2),
});

/** A note from another source that refines, corrects or dates a figure. */
const noteSchema = z.strictObject({
  /** The note, in the site's own words. */
  text: z.string().min(10),
  /** Ids in sources.yaml that back the note. */
  sources: z.array(idSchema).default([]),
});

export const FIGURE_KINDS = ['count', 'estimate', 'detail', 'derived', 'qualitative'] as const;

export const figureSchema = z
  .strictObject({
    /** Stable id used by <Fig id="…"/> in MDX and by charts; never reuse a retired id. */
    id: idSchema,
    /** What is counted, in a few words, e.g. "foreign recruits crossing into Syria each month". */
    label: z.string().min(5),
    /** The single value, when the source gave one number. */
    value: z.number().optional(),
    /** Bottom of a range the source gave (e.g. Soufan's 27,000). */
    low: z.number().optional(),
    /** Top of a range the source gave (e.g. Soufan's 31,000). */
    high: z.number().optional(),
    /** For a qualitative claim with no number: the claim as framed, e.g. "dozens a month". */
    text: z.string().optional(),
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
    /** When the figure was stated or published. */
    asOf: partialDateSchema,
    /** Who asserted it: an id in people.yaml (a person, an agency or a government). */
    assertedBy: idSchema,
    /** Where it was published: ids in sources.yaml, the one the site relies on first. */
    publishedIn: z.array(idSchema).min(1),
    /** For derived figures: the figures it is computed from and how. */
    derived: z
      .strictObject({
        from: z.array(idSchema).min(1),
        /** The arithmetic in words, e.g. "69 ÷ 4". */
        method: z.string().min(3),
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
  title: z.string().min(3),
  /** Outlet or publishing body, e.g. "The Washington Post". */
  publisher: z.string().min(2),
  /** Publication date. */
  date: partialDateSchema,
  /** Authors, where named. */
  authors: z.array(z.string()).default([]),
  kind: z.enum(SOURCE_KINDS),
  /** Language of the original, ISO 639-1. */
  language: z.string().length(2).default('en'),
  /** The original's address. Shown as text and link; never loaded by the site. */
  url: z.url().optional(),
  /** Where the copy that was checked was read, when that differs from url (mirror, archive). */
  readAt: z.string().optional(),
  /** What this source is used for, in a sentence. */
  note: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;

export const PARTY_KINDS = ['person', 'organisation', 'agency', 'government', 'armed-group', 'outlet'] as const;

/** A person or body quoted, cited or discussed. */
export const partySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(2),
  kind: z.enum(PARTY_KINDS),
  /** Role at the time of the statements cited, e.g. "Director of the FBI". */
  role: z.string().optional(),
  /** Id of the body the person spoke for, in this same file. */
  organisation: idSchema.optional(),
  /** Id in countries.yaml. */
  country: idSchema.optional(),
  /** One or two sentences on who this is, in the site's words. */
  about: z.string().min(10),
  /** Other names or spellings to recognise in the text, e.g. "Farhat Horchani". */
  aliases: z.array(z.string()).default([]),
});
export type Party = z.output<typeof partySchema>;

export const countrySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(2),
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
  aliases: z.array(z.string()).default([]),
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

/** A link target inside the site: "/page/#section". */
export const sectionRefSchema = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/, 'must be a section link like /causes/#border');

export const eventSchema = z.strictObject({
  id: idSchema,
  /** When it happened, as precise as known. */
  date: partialDateSchema,
  /** Last day, for events that lasted. */
  endDate: partialDateSchema.optional(),
  /** Caveat on the date, e.g. "year inferred from the series". */
  dateNote: z.string().optional(),
  /** A short headline in the site's words. */
  title: z.string().min(5),
  /** One or two sentences in the site's words. */
  summary: z.string().min(20),
  /** The section that explains the event. */
  section: sectionRefSchema,
  /** Ids in sources.yaml; every event needs at least one. */
  sources: z.array(idSchema).min(1, 'every event needs at least one source'),
  countries: z.array(idSchema).default([]),
  people: z.array(idSchema).default([]),
  figures: z.array(idSchema).default([]),
});
export type Event = z.output<typeof eventSchema>;

/** The words around a chart: kept with the content, not in the drawing code. */
export const chartTextSchema = z.strictObject({
  /** Chart id, as registered in src/charts/registry.ts; its anchor on the page is `chart-<id>`. */
  id: idSchema,
  /** Content id of the page the chart appears on. */
  page: idSchema,
  /** The chart's title. */
  title: z.string().min(5),
  /** One line: what the reader should take away. */
  takeaway: z.string().min(10),
  /** What the chart shows, for screen readers: the shape of the data, not every value (the table has those). */
  description: z.string().min(20),
  /** Notes on derived, estimated or uncertain values, in the site's words. */
  notes: z.array(z.string().min(10)).default([]),
});
export type ChartText = z.output<typeof chartTextSchema>;

/** A key term for the topic index. */
export const topicSchema = z.strictObject({
  id: idSchema,
  /** The term as the index lists it, e.g. "No-entry list". */
  term: z.string().min(2),
  /** Words that count as a mention of the term in the text (case as written). */
  aliases: z.array(z.string().min(2)).min(1),
  /** One sentence on what the term means here. */
  about: z.string().min(10),
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
