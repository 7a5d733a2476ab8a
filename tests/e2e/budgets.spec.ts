/**
 * Size budgets on the built files (gzip), from the performance targets: a text page at most
 * 20 KB and 3 KB of JavaScript at load; a chart page at most 45 KB and 10 KB of JavaScript; at
 * most 8 KB of CSS (inlined in the page, so it blocks rendering without a request of its own).
 * Timings are for the benchmark (npm run bench), not for tests.
 *
 * The reference listings (the figure register, the source list, people, countries, the topic
 * index) are spread over parts (NAV's partOf in src/site.ts) so that each page keeps to the 20 KB
 * of a text page and the 1,500 elements below. The sources page, which keeps every figure's old
 * id (about 3 KB), measured 19,988 bytes on 1 December 2026: a change to the frame of every page
 * shows there first.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { gzipSync } from 'node:zlib';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const gz = (path: string) => gzipSync(readFileSync(path)).length;

/** The script files a module brings at load: itself and its static imports, not lazy import()s. */
function moduleFiles(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(`dist${src}`, 'utf8');
  for (const m of code.matchAll(/\bfrom\s*["']\.\/([^"']+)["']|\bimport\s*["']\.\/([^"']+)["']/g))
    moduleFiles(new URL(m[1] ?? m[2] ?? '', `http://x${src}`).pathname, seen);
  return seen;
}

/**
 * A long page with a budget of its own, measured on 1 December 2026 with about 2 KB of room:
 * /regional-shifts/: the origins map is drawn for narrow and for wide screens, each with its two
 * views (people who went, and per million residents), 21 KB of the page's 47.3 KB.
 * The benchmark (bench/report.md) reports it against the 45 KB of a chart page. (/timeline/ is
 * within it since its chart points to the page's event list instead of repeating it in a table:
 * 39.8 KB. What came after is in two parts, /aftermath/ and /aftermath/camps-and-new-fronts/, of
 * 44.1 and 34.1 KB: its text, three charts and the list of the sources each part cites.)
 */
const LONG_PAGES: Record<string, number> = {
  '/regional-shifts/': 49_500,
};

for (const path of sitemapPaths()) {
  test(`${path} stays within its size budget`, () => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const chart = html.includes('class="chart"');
    const cssFiles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gz(`dist${m[1]}`));
    const cssInline = gzipSync([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')).length;
    const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
    const files = new Set(entries.flatMap((src) => [...moduleFiles(src)]));
    const jsBytes = [...files].reduce((sum, f) => sum + gz(`dist${f}`), 0);
    // Inline styles travel inside the HTML; stylesheets and scripts are files of their own.
    const total = gz(`dist${path}index.html`) + cssFiles.reduce((a, b) => a + b, 0) + jsBytes;
    expect(jsBytes, 'JavaScript at load').toBeLessThanOrEqual(chart ? 10_000 : 3_000);
    expect(cssInline + cssFiles.reduce((a, b) => a + b, 0), 'render-blocking CSS').toBeLessThanOrEqual(8_000);
    const budget = LONG_PAGES[path] ?? (chart ? 45_000 : 20_000);
    expect(total, 'bytes at load').toBeLessThanOrEqual(budget);
  });
}

/** Elements a phone lays out and styles at load: Lighthouse flags a DOM above about 1,400 elements. */
const MAX_ELEMENTS = 1_500;

test(`every page has at most ${MAX_ELEMENTS} elements at load`, () => {
  const over: string[] = [];
  for (const path of sitemapPaths()) {
    const { document } = parseHTML(readFileSync(`dist${path}index.html`, 'utf8'));
    const count = document.querySelectorAll('*').length;
    if (count > MAX_ELEMENTS) over.push(`${path}: ${count} elements`);
  }
  expect(over).toEqual([]);
});

test('the element count is the one a browser builds from the page', async ({ sharedPage: page }) => {
  for (const path of ['/sources/', '/people/', '/figures/after-2016-returns/']) {
    await page.goto(path);
    const inBrowser = await page.evaluate(() => document.querySelectorAll('*').length);
    const { document } = parseHTML(readFileSync(`dist${path}index.html`, 'utf8'));
    // Scripts may add a few (the share popover, the search dialog's parts), never hundreds.
    expect(Math.abs(inBrowser - document.querySelectorAll('*').length), path).toBeLessThan(50);
  }
});
