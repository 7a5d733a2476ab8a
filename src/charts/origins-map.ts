/**
 * Regional shifts: where the fighters came from, and where the fight moved. Countries are
 * shaded by the Soufan Group's December 2015 figures where at least two sources, or one good
 * one, quote them (confidence high or medium); a figure found in a single weak source is
 * hatched on the map, or listed beneath it when the country is off the map. The moves people
 * described (fighters leaving Sirte west for Tunisia and south towards Boko Haram; the fight
 * shifting to North Africa) are drawn as schematic arrows, with the places they name. Those
 * annotations, with who made each claim and where, are content: content/data/origins-map.yaml.
 *
 * This file: the rows (countries, places, moves) and the chart's spec. The layout (projection,
 * labels, legend) is origins-map-layout.ts; the drawing, origins-map-render.ts.
 */
import type { MapDestination, MapLabel, MapMove, MapPlace } from '../data/chart-schema';
import type { Dataset } from '../data/dataset';
import { ContentError } from '../data/load';
import { shortDate } from './axis';
import { figureFields, type FigureFields } from './figure-row';
import { mapFor } from './origins-map-layout';
import { renderMap } from './origins-map-render';
import type { ChartSpec, RowLink } from './types';

export type MapShown = 'shaded' | 'hatched' | 'listed' | 'marker' | 'arrow' | 'rate' | 'rate-weak' | 'outlined';

/** The two ways of shading the map, chosen by the reader (the first is the default). */
export const MAP_VIEWS = [
  { id: 'count', label: 'number of people' },
  { id: 'rate', label: 'per million inhabitants' },
] as const;

/** The series of rates per million inhabitants the second view shades. */
export const RATE_SERIES = ['icsr-2015-per-million', 'press-per-million-2015'];

export interface MapRow {
  /** A country's count; a country's rate per million; a town; a move; where the fighters went. */
  kind: 'country' | 'rate' | 'place' | 'shift' | 'destination';
  key: string;
  name: string;
  /** The figure, for countries. */
  fields: FigureFields | undefined;
  /** The value or the claim, in words. */
  text: string;
  shown: MapShown;
  confidence: string;
  who: string;
  date: string;
  /** Country: ISO numeric code; place and shift: none. */
  iso: string | undefined;
  /** Place or shift: the section that explains it. */
  section: RowLink | undefined;
  /** Where it is drawn (origins-map.yaml): a country's label, a place, a move's arrow, a destination's name. */
  label?: MapLabel | undefined;
  destination?: MapDestination | undefined;
  place?: MapPlace | undefined;
  move?: MapMove | undefined;
}

export function mapRows(data: Dataset): MapRow[] {
  const { shapes } = mapFor('wide');
  const countries = [...data.figures.values()]
    .filter((f) => f.series === 'soufan-2015')
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .map((f): MapRow => {
      const id = f.countries[0] ?? '';
      const country = data.countries.get(id);
      const fields = figureFields(data, f.id, 'origins-map');
      const onMap = country?.isoNumeric !== undefined && shapes.country(country.isoNumeric) !== '';
      const weak = f.confidence === 'low';
      return {
        kind: 'country',
        key: id,
        name: country?.name ?? id,
        fields,
        text: fields.short,
        shown: !onMap ? 'listed' : weak ? 'hatched' : 'shaded',
        confidence: f.confidence ?? '',
        who: fields.who,
        date: fields.stated,
        iso: country?.isoNumeric,
        section: undefined,
        label: data.map.labels.find((l) => l.country === id),
      };
    });
  const unlabelled = countries.filter((c) => c.shown !== 'listed' && !c.label);
  if (unlabelled.length > 0)
    throw new ContentError(
      unlabelled.map(
        (c) => `content/data/origins-map.yaml: no label position for "${c.key}", which the map shades (add it under labels)`,
      ),
    );
  const event = (id: string) => {
    const e = data.events.get(id);
    if (!e) throw new ContentError([`content/data/origins-map.yaml: unknown event "${id}"`]);
    return e;
  };
  const places = data.map.places.map((p): MapRow => {
    const e = event(p.event);
    return {
      kind: 'place',
      key: p.id,
      name: p.name,
      fields: undefined,
      text: e.title,
      shown: 'marker',
      confidence: '',
      who: '',
      date: shortDate(e.date),
      iso: undefined,
      section: { href: e.section, text: 'Section' },
      place: p,
    };
  });
  const shifts = data.map.moves.map((m): MapRow => {
    const e = event(m.event);
    const reported = data.sources.get(m.sources[0] ?? '');
    return {
      kind: 'shift',
      key: m.id,
      name: m.words,
      fields: undefined,
      text: m.words,
      shown: 'arrow',
      confidence: '',
      who: data.parties.get(m.assertedBy)?.name ?? m.assertedBy,
      date: m.undated && reported ? `reported ${shortDate(reported.date)}` : shortDate(e.date),
      iso: undefined,
      section: { href: e.section, text: 'Section' },
      move: m,
    };
  });
  // Rates per million inhabitants, where a source gives one, for the second view: the
  // countries on the map, well-sourced rates shaded, weak ones shaded and hatched.
  const rates = [...data.figures.values()]
    .filter((f) => f.series !== undefined && RATE_SERIES.includes(f.series))
    .map((f) => ({ f, country: data.countries.get(f.countries[0] ?? '') }))
    .filter(({ country }) => country?.isoNumeric !== undefined && shapes.country(country.isoNumeric) !== '')
    .sort((a, b) => (b.f.value ?? 0) - (a.f.value ?? 0))
    .map(({ f, country }): MapRow => {
      const fields = figureFields(data, f.id, 'origins-map', 'value');
      return {
        kind: 'rate',
        key: `${country?.id ?? ''}-rate`,
        name: country?.name ?? '',
        fields,
        text: fields.text,
        shown: f.confidence === 'low' ? 'rate-weak' : 'rate',
        confidence: f.confidence ?? '',
        who: fields.who,
        date: fields.stated,
        iso: country?.isoNumeric,
        section: undefined,
      };
    });
  const destinations = data.map.destinations.map((d): MapRow => {
    const country = data.countries.get(d.country);
    return {
      kind: 'destination',
      key: d.country,
      name: country?.name ?? d.country,
      fields: undefined,
      text: 'where the fighters went',
      shown: 'outlined',
      confidence: '',
      who: '',
      date: '',
      iso: country?.isoNumeric,
      section: undefined,
      destination: d,
    };
  });
  return [...countries, ...rates, ...places, ...shifts, ...destinations];
}

const SHOWN: Record<MapShown, string> = {
  shaded: 'Shaded',
  hatched: 'Hatched, not shaded',
  listed: 'Listed below the map',
  marker: 'Marked',
  arrow: 'Arrow (schematic)',
  rate: 'Shaded, per million view',
  'rate-weak': 'Shaded and hatched, per million view',
  outlined: 'Outlined',
};

export const originsMap: ChartSpec<MapRow> = {
  id: 'origins-map',
  rows: mapRows,
  columns: [
    { label: 'Country, place or move', value: (d) => d.name },
    { label: 'Figure or event', value: (d) => (d.kind === 'shift' ? '—' : d.text) },
    { label: 'Confidence', value: (d) => d.confidence || '—' },
    { label: 'On the map', value: (d) => SHOWN[d.shown] },
    { label: 'Stated by', value: (d) => d.who || '—' },
    { label: 'Date', value: (d) => d.date },
  ],
  // The page's table folds the confidence into "On the map" and the date into "Stated by": four
  // columns instead of six on about 40 rows. The CSV keeps the six.
  tableColumns: [
    { label: 'Country, place or move', value: (d) => d.name },
    { label: 'Figure or event', value: (d) => (d.kind === 'shift' ? '—' : d.text) },
    { label: 'On the map', value: (d) => `${SHOWN[d.shown]}${d.confidence ? `; confidence ${d.confidence}` : ''}` },
    { label: 'Stated by', value: (d) => [d.who, d.date].filter(Boolean).join(', ') || '—' },
  ],
  figureOf: (d) => d.fields?.figure,
  linkOf: (d) => d.section,
  views: MAP_VIEWS.map((v) => ({ ...v })),
  wide: true,
  render: (rows, options) => renderMap(rows, options),
};
