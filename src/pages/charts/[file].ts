/**
 * Downloads for every chart, written at build time: /charts/<id>.csv (its data table) and
 * /charts/<id>.svg (the drawing as a file of its own, with its source line).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../charts/registry';
import { getDataset } from '../../data/dataset';

export const getStaticPaths = (() =>
  CHARTS.flatMap((chart) => [
    { params: { file: `${chart.id}.csv` }, props: { id: chart.id, type: 'csv' as const } },
    { params: { file: `${chart.id}.svg` }, props: { id: chart.id, type: 'svg' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const chart = CHARTS.find((c) => c.id === props['id']);
  if (!chart) return new Response('Not found', { status: 404 });
  const model = chart.build(getDataset(), site?.origin ?? '');
  return props['type'] === 'csv'
    ? new Response(`${model.csv}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${model.file}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
