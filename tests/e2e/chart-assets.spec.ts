/**
 * Charts' styles and script reach only the pages that show a chart: every page is rendered by
 * one MDX route with every component available, so this is checked on the built files.
 */
import { readFileSync } from 'node:fs';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

for (const path of sitemapPaths()) {
  test(`${path} links the chart stylesheet and script only if it shows a chart`, () => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const charts = (html.match(/<figure class="chart"/g) ?? []).length;
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const chartCss = stylesheets.filter((href) => readFileSync(`dist${href}`, 'utf8').includes('.chart__svg'));
    expect(chartCss, 'chart stylesheets linked').toHaveLength(charts > 0 ? 1 : 0);
    expect(stylesheets, 'other stylesheets (the site stylesheet is inlined)').toHaveLength(chartCss.length);
    // The explorer's script is a file of its own (never inlined: the CSP allows inline code only
    // by a hash stated in advance), loaded once a page.
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].filter((m) =>
      readFileSync(`dist${m[1] ?? ''}`, 'utf8').includes('.chart__tooltip'),
    );
    expect(scripts, 'chart scripts').toHaveLength(charts > 0 ? 1 : 0);
    expect(html, 'inline module scripts').not.toMatch(/<script type="module">/);
    if (charts > 0) expect(html.indexOf('<link rel="stylesheet"')).toBeLessThan(html.indexOf('</head>'));
  });
}
