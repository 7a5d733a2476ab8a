/**
 * Schemas for what charts say and draw beyond the figures: the words around each chart, the
 * key-figure tiles of the home page, and the origins map's annotations. Words may name figures
 * with {fig:…} references (see text-refs.ts); claims carry who made them and where.
 */
import { z } from 'zod';
import { textSchema } from './fields';
import { idSchema, sectionRefSchema } from './schema';

/** The words around a chart: kept with the content, not in the drawing code. */
export const chartTextSchema = z.strictObject({
  /** Chart id, as registered in src/charts/registry.ts; its anchor on the page is `chart-<id>`. */
  id: idSchema,
  /** Content id of the page the chart appears on: "aftermath", or a part, "aftermath/camps-and-new-fronts". */
  page: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/, 'must be a page id like aftermath or aftermath/camps-and-new-fronts'),
  /** The chart's title. Figures are named, never typed: {fig:id}, {num:id} (see text-refs.ts). */
  title: textSchema(5),
  /** One line: what the reader should take away. */
  takeaway: textSchema(10),
  /** What the chart shows, for screen readers: the shape of the data, not every value (the table has those). */
  description: textSchema(20),
  /** Notes on derived, estimated or uncertain values, in the site's words. */
  notes: z.array(textSchema(10)).default([]),
});
export type ChartText = z.output<typeof chartTextSchema>;

/** A tile of the home page's key figures: a figure in big type, a line of context, a link. */
export const keyFigureTileSchema = z
  .strictObject({
    /** The figure in big type. */
    figure: idSchema,
    /** A second figure, drawn as a bar beside the first (e.g. the peak beside today's flow). */
    compare: idSchema.optional(),
    /** What the number counts, written after it: "recruits a month". */
    unit: textSchema(2),
    /** A line of context in the site's words; figures named with {fig:id} or {num:id}. */
    context: textSchema(10),
    /** Where the tile leads: a chart's id, an event (its section), or a section link. */
    chart: idSchema.optional(),
    event: idSchema.optional(),
    section: sectionRefSchema.optional(),
    /** The link's words. */
    more: textSchema(3),
  })
  .refine((t) => [t.chart, t.event, t.section].filter(Boolean).length === 1, {
    path: ['chart'],
    message: 'give exactly one of chart, event or section',
  });
export type KeyFigureTile = z.output<typeof keyFigureTileSchema>;

/** A position on the map: [longitude, latitude]. */
const lonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LonLat = z.output<typeof lonLatSchema>;

/** Where a name goes beside its point: side of the point, and its baseline `lift` font sizes above it. */
const namePlacementSchema = z.strictObject({ anchor: z.enum(['start', 'end']), lift: z.number() });

/** A place marked on the map, tied to the event that explains it. */
export const mapPlaceSchema = z.strictObject({
  id: idSchema,
  name: textSchema(2),
  at: lonLatSchema,
  /** The event in events.yaml that explains the place; its section is the place's link. */
  event: idSchema,
  /** Where the name goes in each drawing. */
  label: z.strictObject({ wide: namePlacementSchema, narrow: namePlacementSchema }),
});
export type MapPlace = z.output<typeof mapPlaceSchema>;

/** A move someone described, drawn as a schematic arrow: a claim, with who made it and where. */
export const mapMoveSchema = z.strictObject({
  id: idSchema,
  /** The claim in the site's words, for the table and the arrow's description. */
  words: textSchema(10),
  from: lonLatSchema,
  to: lonLatSchema,
  /** How far the curve bows sideways, as a share of its length (negative: the other side). */
  bend: z.number().min(-1).max(1),
  /** Who described the move: an id in people.yaml. */
  assertedBy: idSchema,
  /** Where it was reported: ids in sources.yaml. */
  sources: z.array(idSchema).min(1),
  /** The event whose section explains the move. */
  event: idSchema,
  /**
   * The claim itself is undated (the event is what it refers to, not when it was made): the
   * map's table then gives the date it was reported, its first source's.
   */
  undated: z.boolean().optional(),
  /** A short label on the map, where it goes, and whether the narrow drawing has room for it. */
  tag: z.strictObject({ words: textSchema(3), at: lonLatSchema, narrow: z.boolean() }).optional(),
});
export type MapMove = z.output<typeof mapMoveSchema>;

/** Where a country's label goes in one drawing. */
const labelPlacementSchema = z.strictObject({
  at: lonLatSchema,
  anchor: z.enum(['start', 'middle', 'end']).optional(),
  /** A leader from the label to this point, when the label sits off the country. */
  to: lonLatSchema.optional(),
  /** Pinned to the drawing's left edge (in the Atlantic), at the latitude of `at`. */
  edge: z.boolean().optional(),
  /** Name and value on two lines (the narrow drawing's default is one). */
  two: z.boolean().optional(),
  /** Name and value on one line (the wide drawing's default is two). */
  one: z.boolean().optional(),
});
export type LabelPlacement = z.output<typeof labelPlacementSchema>;

/**
 * Where the fighters went (Syria, Iraq): outlined on the map, and named at `at` ([longitude,
 * latitude] of the name's middle) in each drawing that gives a position.
 */
export const mapDestinationSchema = z.strictObject({
  /** An id in countries.yaml. */
  country: idSchema,
  wide: z.strictObject({ at: lonLatSchema }).optional(),
  narrow: z.strictObject({ at: lonLatSchema }).optional(),
});
export type MapDestination = z.output<typeof mapDestinationSchema>;

/** Where a country's name and figure are written, in each drawing. */
export const mapLabelSchema = z.strictObject({
  /** An id in countries.yaml. */
  country: idSchema,
  /** A shorter name for the narrow drawing ("UK"). */
  short: textSchema(2).optional(),
  /** Words after the figure, e.g. "the largest": a claim the figures behind the map support. */
  note: textSchema(2).optional(),
  wide: labelPlacementSchema,
  narrow: labelPlacementSchema,
});
export type MapLabel = z.output<typeof mapLabelSchema>;
