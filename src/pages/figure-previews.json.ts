/**
 * Every figure's preview (src/data/figure-preview.ts), written at build time to
 * /figure-previews.json. scripts/figure-preview.ts fetches it the first time a reader hovers or
 * focuses a figure, so the pages themselves carry none of it.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../data/dataset';
import { figurePreview, type FigurePreview } from '../data/figure-preview';

export const GET: APIRoute = () => {
  const data = getDataset();
  const out: Record<string, FigurePreview> = {};
  for (const f of data.figures.values()) out[f.id] = figurePreview(f, data);
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
};
