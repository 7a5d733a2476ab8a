/**
 * Where the source list's entries, once on the sources page, now live, by the page's path and the
 * entry's old id: { "/sources/": { "src-icct-2016-04": "/sources/2016/#src-icct-2016-04", … } }.
 * scripts/moved-anchor.ts reads it only when an old address names an entry the page lacks.
 * (Figures', people's and countries' old ids stay on their pages, in the list of parts.)
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../data/dataset';
import { sourceHref, sourcePage } from '../data/reference-pages';

export const GET: APIRoute = () => {
  const { sources } = getDataset();
  const fromSources: Record<string, string> = {};
  for (const id of sources.keys()) if (sourcePage(id) !== 'sources') fromSources[`src-${id}`] = sourceHref(id);
  return new Response(JSON.stringify({ '/sources/': fromSources }), { headers: { 'Content-Type': 'application/json' } });
};
