/**
 * Where the entries that left a page now live, by the page's path and the entry's old id:
 * { "/sources/": { "fig-peak-monthly-flow": "/figures/flow/#fig-peak-monthly-flow", … } }.
 * scripts/moved-anchor.ts reads it only when an old address names an entry the page lacks.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../data/dataset';
import { figureAnchor } from '../data/figure-index';
import { figureHref, sourceHref, sourcePage } from '../data/reference-pages';

export const GET: APIRoute = () => {
  const { figures, sources } = getDataset();
  const fromSources: Record<string, string> = {};
  for (const id of figures.keys()) fromSources[figureAnchor(id)] = figureHref(id);
  for (const id of sources.keys()) if (sourcePage(id) !== 'sources') fromSources[`src-${id}`] = sourceHref(id);
  return new Response(JSON.stringify({ '/sources/': fromSources }), { headers: { 'Content-Type': 'application/json' } });
};
