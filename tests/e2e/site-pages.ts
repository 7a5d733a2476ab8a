/** The pages of the built site, read from its own sitemap so that new pages are tested too. */
import { readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}
