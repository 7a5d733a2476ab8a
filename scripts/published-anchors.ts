/**
 * The anchors the built site publishes (sections, charts, events: "/page/#id"), read from dist/.
 * `node scripts/published-anchors.ts --update` adds new ones to tests/published-anchors.txt;
 * it never removes one: an anchor leaves the list only by a deliberate edit, and a renamed
 * section id goes into content/data/retired-anchors.yaml so old links keep working.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles, pathOfFile } from '../src/integrations/html-files.ts';

export const LIST = 'tests/published-anchors.txt';
const SELECTOR =
  /<(?:h2|h3)\s[^>]*id="([^"]+)"|<figure\s[^>]*class="chart"[^>]*id="([^"]+)"|<li\s[^>]*class="event"[^>]*id="([^"]+)"/g;

/** Every published anchor in the built site, sorted. Only content pages (with a page body). */
export function builtAnchors(dist = 'dist'): string[] {
  const out: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const body = html.indexOf('class="page__body"');
    const end = html.indexOf('</main>');
    if (body < 0 || end < body || !html.includes('data-pagefind-body')) continue;
    const path = pathOfFile(dist, file);
    for (const m of html.slice(body, end).matchAll(SELECTOR)) out.push(`${path}#${m[1] ?? m[2] ?? m[3]}`);
  }
  return [...new Set(out)].sort();
}

export function listedAnchors(): string[] {
  return readFileSync(LIST, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

if (process.argv.includes('--update')) {
  const listed = new Set(listedAnchors());
  const added = builtAnchors().filter((a) => !listed.has(a));
  const header = '# Every anchor the site has published. Tests fail if one stops resolving; see scripts/published-anchors.ts.\n';
  writeFileSync(LIST, header + [...listed, ...added].sort().join('\n') + '\n');
  console.log(`${added.length} anchors added to ${LIST}`);
}
