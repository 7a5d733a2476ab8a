/**
 * The whole dataset for download, written at build time (src/data/export.ts): figures, events
 * and sources as CSV, a data dictionary, and everything in one JSON file. Linked from the
 * sources page's "Download the data" section.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset';
import { DATA_FILES, datasetJson, dictionaryCsv, tableCsv } from '../../data/export';

export const getStaticPaths = (() => DATA_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const data = getDataset();
  const origin = site?.origin ?? '';
  const csv = (text: string) => new Response(`${text}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  switch (params['file'] as (typeof DATA_FILES)[number]) {
    case 'figures.csv':
      return csv(tableCsv('figures', data, origin));
    case 'events.csv':
      return csv(tableCsv('events', data, origin));
    case 'sources.csv':
      return csv(tableCsv('sources', data, origin));
    case 'data-dictionary.csv':
      return csv(dictionaryCsv());
    default:
      return new Response(`${datasetJson(data, origin)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
};
