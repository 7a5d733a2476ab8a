/**
 * Size budgets on the built files (gzip), from the performance targets: a text page at most
 * 20 KB and 3 KB of JavaScript at load; a chart page at most 45 KB and 10 KB of JavaScript.
 * Timings are for the benchmark (npm run bench), not for tests.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const gz = (path: string) => gzipSync(readFileSync(path)).length;

for (const path of sitemapPaths()) {
  test(`${path} stays within its size budget`, () => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const chart = html.includes('class="chart"');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gz(`dist${m[1]}`));
    const js = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => gz(`dist${m[1]}`));
    const jsBytes = js.reduce((a, b) => a + b, 0);
    const total = gz(`dist${path}index.html`) + css.reduce((a, b) => a + b, 0) + jsBytes;
    expect(jsBytes, 'JavaScript at load').toBeLessThanOrEqual(chart ? 10_000 : 3_000);
    // The sources page carries every figure's entry (over 200) and is exempt from the text budget.
    if (path !== '/sources/') expect(total, 'bytes at load').toBeLessThanOrEqual(chart ? 45_000 : 20_000);
    expect(css.reduce((a, b) => a + b, 0), 'render-blocking CSS').toBeLessThanOrEqual(8_000);
  });
}
