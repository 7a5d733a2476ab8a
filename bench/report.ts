/** Renders bench/results.json as the committed Markdown report, each target marked met or missed. */
import { starlight, targets, type PageResult, type Results, type SearchResult } from './targets.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ok = (pass: boolean) => (pass ? '✅' : '❌');

/** Lighthouse categories below target, as "mobile performance 98". */
function lighthouseMisses(p: PageResult): string[] {
  const misses: string[] = [];
  for (const [preset, r] of [
    ['mobile', p.mobile],
    ['desktop', p.desktop],
  ] as const) {
    // Every run, not the median, must reach the target.
    for (const [cat, score] of Object.entries(r.minScores))
      if (score < targets.lighthouse) misses.push(`${preset} ${cat} ${score}`);
  }
  return misses;
}

function pageChecks(p: PageResult): { pass: boolean; misses: string[] } {
  const m = p.mobile;
  const misses = lighthouseMisses(p);
  if (m.domElements > targets.domElements) misses.push(`${m.domElements} elements > ${targets.domElements}`);
  if (p.hasChart) {
    if (m.transferBytes > targets.chart.transferBytes)
      misses.push(`transfer ${kb(m.transferBytes)} > ${kb(targets.chart.transferBytes)}`);
    if (m.scriptBytes > targets.chart.scriptBytes) misses.push(`JS ${kb(m.scriptBytes)} > ${kb(targets.chart.scriptBytes)}`);
    if (m.cls > targets.chart.cls) misses.push(`CLS ${m.cls.toFixed(3)}`);
  } else {
    if (m.transferBytes > targets.text.transferBytes)
      misses.push(`transfer ${kb(m.transferBytes)} > ${kb(targets.text.transferBytes)}`);
    if (m.requests > targets.text.requests) misses.push(`${m.requests} requests > ${targets.text.requests}`);
    if (m.scriptBytes > targets.text.scriptBytes) misses.push(`JS ${kb(m.scriptBytes)} > ${kb(targets.text.scriptBytes)}`);
    if (m.renderBlockingCssBytes > targets.text.renderBlockingCssBytes)
      misses.push(`CSS ${kb(m.renderBlockingCssBytes)} > ${kb(targets.text.renderBlockingCssBytes)}`);
    if (m.lcpMs > targets.lcpFloorMs + targets.lcpMarginMs)
      misses.push(
        `mobile LCP ${(m.lcpMs / 1000).toFixed(2)} s > ${((targets.lcpFloorMs + targets.lcpMarginMs) / 1000).toFixed(2)} s`,
      );
  }
  return { pass: misses.length === 0, misses };
}

const ms = (t: number) => `${t.toFixed(0)} ms`;

/** Each first search measured, at once and key by key. */
function searchTable(s: SearchResult): string {
  const rows = s.firstSearch.map((c, i) => {
    const t = s.typedSearch[i];
    return `| ${c.query} | ${kb(c.bytes)} | ${c.requests} | ${ms(c.ms)} | ${t ? `${kb(t.bytes)} | ${t.requests} | ${ms(t.ms)}` : '| |'} |`;
  });
  return `## First searches

Measured ${s.measured} against ${s.server}, the machine's load average ${s.loadAverage.map((l) => l.toFixed(1)).join(' then ')}
(times grow with it). Each query from a fresh browser (nothing cached, a 1280×720 window):
the page /decline/ loaded, search opened with Ctrl+K, the query typed, then every request until nothing more
loads (the results in view with their excerpts, the filter menus), as bytes on the wire (compressed body
and headers). The time runs from the last keystroke to the results drawn. "At once" types the query in one
input event (a paste, or a fast typist); "key by key" types a key every 80 ms, and each prefix is searched too.

| query | at once | requests | time | key by key | requests | time |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
| **median** | **${kb(s.firstSearchBytes.median)}** | | **${ms(s.firstSearchMs.median)}** | **${kb(s.typedSearchBytes.median)}** | | **${ms(s.typedSearchMs.median)}** |
| **worst** | **${kb(s.firstSearchBytes.worst)}** | | **${ms(s.firstSearchMs.worst)}** | **${kb(s.typedSearchBytes.worst)}** | | **${ms(s.typedSearchMs.worst)}** |
`;
}

/** `notes`: the hand-written explanation of the misses (bench/misses.md), appended as it is. */
export function renderReport(r: Results, notes = ''): string {
  const rows = r.pages.map((p) => {
    const c = pageChecks(p);
    const s = (x: PageResult['mobile']) => Object.values(x.minScores).join('/');
    return `| ${p.path} | ${p.hasChart ? 'chart' : 'text'} | ${s(p.mobile)} | ${s(p.desktop)} | ${p.mobile.domElements} | ${kb(p.mobile.transferBytes)} | ${p.mobile.requests} | ${kb(p.mobile.documentBytes)} | ${kb(p.mobile.scriptBytes)} | ${kb(p.mobile.stylesheetBytes)} | ${kb(p.mobile.otherBytes)} | ${(p.mobile.lcpMs / 1000).toFixed(2)} s | ${p.mobile.cls.toFixed(3)} | ${ok(c.pass)}${c.misses.length ? ` ${c.misses.join('; ')}` : ''} |`;
  });
  const s = r.search;
  const searchOk = {
    before: s.requestsBeforeOpen <= targets.search.requestsBeforeOpen,
    bytes: s.firstSearchBytes.worst <= targets.search.firstSearchBytes,
    first: s.firstSearchMs.median < targets.search.firstSearchMs,
    time: s.keystrokeToResultsMs.median < targets.search.keystrokeToResultsMs,
  };
  const failing = r.pages.filter((p) => !pageChecks(p).pass);
  const belowHundred = r.pages.filter((p) => lighthouseMisses(p).length > 0);
  return `# Benchmark report

Measured ${r.machine.date} on ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGiB} GiB), Node ${r.machine.node}.
Lighthouse ${r.runs} mobile and ${r.desktopRuns ?? r.runs} desktop runs per page (mobile: Lighthouse's default simulated Moto G
throttling; desktop: its desktop preset) against the production server (\`npm run preview:prod\`,
nginx with the site's policy); scores are the lowest of the runs, other figures medians. Sizes are
bytes transferred as readers get them (brotli, since Chromium asks for it), as Lighthouse counts
them. Run it again with \`npm run bench\`.

## Summary

| target | result | |
| --- | --- | --- |
| Lighthouse 100 in all four categories, mobile and desktop, every page, every run | ${r.pages.length - belowHundred.length} of ${r.pages.length} pages | ${ok(belowHundred.length === 0)} |
| At most ${targets.domElements} elements in every page at load | ${r.pages.filter((p) => p.mobile.domElements <= targets.domElements).length} of ${r.pages.length} pages (largest ${Math.max(...r.pages.map((p) => p.mobile.domElements))}) | ${ok(r.pages.every((p) => p.mobile.domElements <= targets.domElements))} |
| Every page within its text-page or chart-page targets (table below) | ${r.pages.length - failing.length} of ${r.pages.length} pages | ${ok(failing.length === 0)} |
| Full build (charts and search index included) under ${targets.buildSeconds} s | ${r.buildSeconds.toFixed(1)} s (median of ${r.buildRuns.length}: ${r.buildRuns.map((t) => t.toFixed(1)).join(', ')}) | ${ok(r.buildSeconds < targets.buildSeconds)} |
| Search downloads nothing before it is opened | ${s.requestsBeforeOpen} requests | ${ok(searchOk.before)} |
| First search at most ${kb(targets.search.firstSearchBytes)} for every query, cold | median ${kb(s.firstSearchBytes.median)}, worst ${kb(s.firstSearchBytes.worst)} over ${s.firstSearch.length} queries (Starlight: ${kb(starlight.firstSearchBytes)}) | ${ok(searchOk.bytes)} |
| First search: median under ${targets.search.firstSearchMs} ms from the keystroke to the results, cold | median ${ms(s.firstSearchMs.median)}, worst ${ms(s.firstSearchMs.worst)} (Starlight: ${starlight.firstSearchMs} ms) | ${ok(searchOk.first)} |
| Later keystrokes: median under ${targets.search.keystrokeToResultsMs} ms to results, once loaded | median ${ms(s.keystrokeToResultsMs.median)}, worst ${ms(s.keystrokeToResultsMs.worst)} over ${s.samples} queries (Starlight: ${starlight.keystrokeToResultsMs} ms) | ${ok(searchOk.time)} |

The whole search index (\`dist/pagefind\`, every file as deployed) is ${kb(s.indexBytes)}; a search downloads only the chunks it needs.

Text-page targets: at most ${kb(targets.text.transferBytes)} and ${targets.text.requests} requests at load, ${kb(targets.text.scriptBytes)} of JS, ${kb(targets.text.renderBlockingCssBytes)} of render-blocking CSS, mobile LCP within ${targets.lcpMarginMs} ms of the ${(targets.lcpFloorMs / 1000).toFixed(2)} s plain-HTML floor.
Chart-page targets: at most ${kb(targets.chart.transferBytes)} at load, ${kb(targets.chart.scriptBytes)} of JS, CLS 0.
Starlight on the same machines: ${kb(starlight.transferBytes)} in ${starlight.requests} requests, ${kb(starlight.scriptBytes)} JS plus ${kb(starlight.searchUiBytes)} of search UI on every page, ${kb(starlight.renderBlockingCssBytes)} render-blocking CSS, mobile LCP ${(starlight.mobileLcpMs / 1000).toFixed(2)} s.

${searchTable(s)}
## Pages (mobile medians unless marked)

| page | kind | LH mobile (perf/a11y/BP/SEO) | LH desktop | elements | transfer | requests | HTML | JS | CSS | other | LCP | CLS | targets |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## Pages as built files

The HTML of each page as written to \`dist/\`, and the brotli and gzip copies the build writes
beside it (a server sends one of them, as the reader's browser asks).

| page | HTML | brotli | gzip |
| --- | --- | --- | --- |
${[...r.pages]
  .sort((a, b) => b.file.bytes - a.file.bytes)
  .map((p) => `| ${p.path} | ${kb(p.file.bytes)} | ${kb(p.file.br)} | ${kb(p.file.gz)} |`)
  .join('\n')}
${notes ? `\n${notes}` : ''}`;
}
