/**
 * Downloads for every chart, written at build time: /charts/<id>.csv (its data, words and
 * numbers), /charts/<id>.svg (the drawing as a file of its own, with its title, takeaway, source
 * line and notes) and /charts/<id>.png (the same file as an image, drawn by resvg). They are
 * files to download, linked from the chart, never loaded by a page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../charts/registry';
import { svgToPng } from '../../charts/png';
import { getDataset } from '../../data/dataset';

const TYPES = ['csv', 'svg', 'png'] as const;

export const getStaticPaths = (() =>
  CHARTS.flatMap((chart) =>
    TYPES.map((type) => ({ params: { file: `${chart.id}.${type}` }, props: { id: chart.id, type } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const chart = CHARTS.find((c) => c.id === props['id']);
  if (!chart) return new Response('Not found', { status: 404 });
  const model = chart.build(getDataset(), site?.origin ?? '');
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${model.file}\n`;
  switch (props['type'] as (typeof TYPES)[number]) {
    case 'csv':
      return new Response(`${model.csv}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    case 'png':
      return new Response(svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
    default:
      return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  }
};
