/** sitemap.xml: every content page with its last update. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pathOf } from '../site';

/** Pages outside the content collection that belong in the sitemap. */
const EXTRA = ['/search/'];

export const GET: APIRoute = async ({ site }) => {
  const pages = await getCollection('pages');
  const urls = [
    ...pages.map((p) => ({ loc: new URL(pathOf(p.id), site).href, lastmod: p.data.updated.toISOString().slice(0, 10) })),
    ...EXTRA.map((path) => ({ loc: new URL(path, site).href, lastmod: undefined })),
  ].sort((a, b) => a.loc.localeCompare(b.loc, 'en'));
  const body = urls
    .map((u) => `  <url><loc>${u.loc}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};
