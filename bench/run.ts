/**
 * The benchmark: `npm run bench`. Builds the site (timed), serves it, runs Lighthouse on every
 * page (mobile and desktop, several runs, medians), weighs each page's requests by type, and
 * measures search (bench/search.ts: bytes before opening, first searches for ten queries,
 * later keystrokes). Writes bench/results.json and bench/report.md, with the machine and the date.
 *
 *   npm run bench                          everything, on the build it makes
 *   npm run bench -- --only search         search alone, on the current dist/ (build it first);
 *                                          the other results are kept from the last full run
 *   npm run bench -- --url http://host:port  measure a server already running (dist/ still gives
 *                                          the page list and the index size)
 *
 * Runs on Node 24's built-in TypeScript support: imports are packages, node: built-ins and
 * relative paths with their .ts extension (no path aliases).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { targets, type PageResult, type Results } from './targets.ts';
import { measureSearch, median } from './search.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium-path.ts';
import { PLACEHOLDER_SITE_URL } from '../src/hosting/site-url.ts';
import { renderReport } from './report.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
// Desktop runs can be fewer when time is short: the targets that need three runs are the mobile ones.
const DESKTOP_RUNS = Number(process.env['BENCH_DESKTOP_RUNS'] ?? RUNS);
const BUILDS = Number(process.env['BENCH_BUILDS'] ?? 3);
const { values: args } = parseArgs({
  options: { only: { type: 'string' }, url: { type: 'string' }, port: { type: 'string', default: '4411' } },
});
if (args.only !== undefined && args.only !== 'search') throw new Error(`--only takes "search", not "${args.only}"`);
const PORT = Number(args.port);
// The production server (nginx, `npm run preview:prod`): sizes are what readers get, brotli included.
const ORIGIN = (args.url ?? `http://127.0.0.1:${PORT}`).replace(/\/$/, '');
// The address the build writes into canonical links; any will do for measuring.
const SITE_URL = process.env['SITE_URL'] ?? PLACEHOLDER_SITE_URL;
const ASTRO = 'node_modules/astro/bin/astro.mjs';
// Lighthouse's Chrome launcher needs headless asked for; Playwright asks for it itself.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function timeBuilds(): number[] {
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    rmSync('dist', { recursive: true, force: true });
    const start = performance.now();
    const run = spawnSync(process.execPath, [ASTRO, 'build'], { stdio: 'ignore', env: { ...process.env, SITE_URL } });
    if (run.status !== 0) throw new Error('build failed');
    times.push((performance.now() - start) / 1000);
  }
  return times;
}

/** Serves dist/ on PORT, unless --url names a server already running. */
async function serve(): Promise<ChildProcess | undefined> {
  if (args.url) return undefined;
  const server = spawn(process.execPath, ['scripts/preview-prod.ts', '--port', String(PORT)], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(ORIGIN);
      return server;
    } catch {
      await sleep(200);
    }
  }
  throw new Error('server did not start');
}

function pages(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

interface Audit {
  numericValue?: number;
  details?: { items?: { resourceType?: string; transferSize?: number; requestCount?: number; url?: string }[] };
}

async function lighthouseRuns(path: string, port: number, preset: 'mobile' | 'desktop'): Promise<PageResult['mobile']> {
  const runs: {
    scores: Record<string, number>;
    lcp: number;
    cls: number;
    tbt: number;
    dom: number;
    bytes: Record<string, number>;
    requests: number;
    blockingCss: number;
  }[] = [];
  for (let i = 0; i < (preset === 'desktop' ? DESKTOP_RUNS : RUNS); i++) {
    const result = await lighthouse(
      `${ORIGIN}${path}`,
      { port, output: 'json', logLevel: 'error' },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
    const audits = lhr.audits as Record<string, Audit>;
    const summary = audits['resource-summary']?.details?.items ?? [];
    const bytes = Object.fromEntries(summary.map((it) => [it.resourceType ?? '?', it.transferSize ?? 0]));
    const requests = summary.find((it) => it.resourceType === 'total')?.requestCount ?? 0;
    const network = audits['network-requests']?.details?.items ?? [];
    const blockingCss = network
      .filter((it) => it.resourceType === 'Stylesheet')
      .reduce((sum, it) => sum + (it.transferSize ?? 0), 0);
    runs.push({
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
      lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
      cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
      tbt: audits['total-blocking-time']?.numericValue ?? 0,
      dom: audits['dom-size']?.numericValue ?? 0,
      bytes,
      requests,
      blockingCss,
    });
  }
  const categories = Object.keys(runs[0]?.scores ?? {});
  return {
    scores: Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c] ?? 0))])),
    minScores: Object.fromEntries(categories.map((c) => [c, Math.min(...runs.map((r) => r.scores[c] ?? 0))])),
    domElements: Math.max(...runs.map((r) => r.dom)),
    lcpMs: median(runs.map((r) => r.lcp)),
    cls: median(runs.map((r) => r.cls)),
    tbtMs: median(runs.map((r) => r.tbt)),
    transferBytes: median(runs.map((r) => r.bytes['total'] ?? 0)),
    scriptBytes: median(runs.map((r) => r.bytes['script'] ?? 0)),
    stylesheetBytes: median(runs.map((r) => r.bytes['stylesheet'] ?? 0)),
    documentBytes: median(runs.map((r) => r.bytes['document'] ?? 0)),
    otherBytes: median(
      runs.map(
        (r) => (r.bytes['total'] ?? 0) - (r.bytes['script'] ?? 0) - (r.bytes['stylesheet'] ?? 0) - (r.bytes['document'] ?? 0),
      ),
    ),
    requests: median(runs.map((r) => r.requests)),
    renderBlockingCssBytes: median(runs.map((r) => r.blockingCss)),
  };
}

function machine(): Results['machine'] {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? '?',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

function stop(server: ChildProcess | undefined): void {
  try {
    if (server?.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
}

function write(all: Results): void {
  writeFileSync('bench/results.json', `${JSON.stringify(all, null, 2)}\n`);
  writeFileSync('bench/report.md', renderReport(all, readFileSync('bench/misses.md', 'utf8')));
  console.log('Wrote bench/report.md and bench/results.json');
}

/** `--only search`: search measured again, every other result kept from the last full run. */
async function searchOnly(): Promise<void> {
  if (!existsSync('dist/pagefind')) throw new Error('No dist/pagefind: run `npm run build` first.');
  const last = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
  const server = await serve();
  try {
    console.log(`Search, against ${ORIGIN}…`);
    const search = await measureSearch(ORIGIN, await chromiumPath());
    write({ ...last, search, targets });
  } finally {
    stop(server);
  }
}

async function main(): Promise<void> {
  console.log(`Timing ${BUILDS} builds…`);
  const buildSeconds = timeBuilds();
  const server = await serve();
  const executablePath = await chromiumPath();
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: FLAGS });
  const results: PageResult[] = [];
  try {
    for (const path of pages()) {
      console.log(`Lighthouse ${path} (${RUNS} runs × mobile, desktop)…`);
      const html = `dist${path}index.html`;
      const hasChart = readFileSync(html, 'utf8').includes('class="chart"');
      const size = (f: string) => statSync(f).size;
      results.push({
        path,
        hasChart,
        file: { bytes: size(html), br: size(`${html}.br`), gz: size(`${html}.gz`) },
        mobile: await lighthouseRuns(path, chrome.port, 'mobile'),
        desktop: await lighthouseRuns(path, chrome.port, 'desktop'),
      });
    }
    console.log('Search…');
    const search = await measureSearch(ORIGIN, executablePath);
    write({
      machine: machine(),
      runs: RUNS,
      desktopRuns: DESKTOP_RUNS,
      buildSeconds: median(buildSeconds),
      buildRuns: buildSeconds,
      pages: results,
      search,
      targets,
    });
  } finally {
    chrome.kill();
    stop(server);
  }
}

await (args.only === 'search' ? searchOnly() : main());
