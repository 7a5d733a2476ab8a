/**
 * The HTML files of a built site, for the checks that read it (links and anchors at build time,
 * the browser tests, the published-anchors script). Plain Node, no imports of the site's own
 * code, so scripts run by `node` can use it too.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of a build that hold no pages: Pagefind's index and the bundled scripts and styles. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

/** Every .html file under `dir`, in a stable order (sorted by path, code unit by code unit). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return NOT_PAGES.has(entry.name) ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    })
    .sort();
}

/** The site path a built file is served at: "/decline/" for dist/decline/index.html, "/404.html" stays. */
export function pathOfFile(dist: string, file: string): string {
  const rel = file.slice(dist.replace(/\/+$/, '').length + 1).replaceAll('\\', '/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}
