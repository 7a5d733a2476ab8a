/**
 * The benchmark: `npm run bench`. Builds the site (timed), serves it, runs Lighthouse on every
 * page (mobile and desktop, several runs, medians), weighs each page's requests by type, and
 * measures search (bytes before opening, bytes of a first search, keystroke-to-results time).
 * Writes bench/results.json and bench/report.md, with the machine and the date.
 *
 * Runs on Node 24's built-in TypeScript support: imports are packages, node: built-ins and
 * relative paths with their .ts extension (no path aliases).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { targets, type PageResult, type SearchResult, type Results } from './targets.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium-path.ts';
import { renderReport } from './report.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const BUILDS = Number(process.env['BENCH_BUILDS'] ?? 3);
const PORT = 4411;
// The production server (nginx, `npm run preview:prod`): sizes are what readers get, brotli included.
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The address the build writes into canonical links; any will do for measuring.
const SITE_URL = process.env['SITE_URL'] ?? 'https://foreign-fighters.example.org';
const ASTRO = 'node_modules/astro/bin/astro.mjs';
// Lighthouse's Chrome launcher needs headless asked for; Playwright asks for it itself.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

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

async function serve(): Promise<ChildProcess> {
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
  for (let i = 0; i < RUNS; i++) {
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

/** Search costs, measured in Playwright: what loads before and on opening, and how fast results come. */
async function measureSearch(executablePath: string): Promise<SearchResult> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const page = await context.newPage();
  // Every finished request of the page and of any worker, counted as bytes on the wire:
  // compressed body plus headers. Chromium reports no body size for a worker's own script, so
  // the Content-Length the server sent stands in where it is larger.
  let bytes = 0;
  const urls: string[] = [];
  context.on('requestfinished', (request) => {
    urls.push(request.url());
    void Promise.all([request.sizes(), request.response()]).then(([s, response]) => {
      const declared = Number(response?.headers()['content-length'] ?? 0);
      bytes += Math.max(s.responseBodySize, declared) + s.responseHeadersSize;
    });
  });
  await page.goto(`${ORIGIN}/decline/`, { waitUntil: 'networkidle' });
  const beforeOpen = urls.filter((u) => u.includes('/pagefind/') || /search-(ui|engine)/.test(u)).length;
  await page.waitForTimeout(500);
  bytes = 0;
  await page.keyboard.press('Control+k');
  const input = page.locator('.search-dialog input[name="q"]');
  await input.fill('border');
  await page.locator('.search-dialog .result').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const firstSearchBytes = bytes;
  const firstSearchFiles = urls.filter((u) => u.includes('/pagefind/') || u.includes('/_astro/search')).length;
  // Keystroke to rendered results, once loaded: type a query, time until the list changes.
  const queries = [
    'tunisia',
    'turkey',
    'france',
    'belgium',
    'comey',
    'adnani',
    'border',
    'returnees',
    'caliphate',
    'soufan',
    'germany',
    'sirte',
    'europol',
    'libya',
    'deportations',
    'children',
    'intelligence',
    'egypt',
    'iraq',
    'neumann',
  ];
  const times: number[] = [];
  for (const q of queries) {
    await input.fill('');
    await page.waitForTimeout(50);
    const ms = await page.evaluate(async (term) => {
      const el = document.querySelector<HTMLInputElement>('.search-dialog input[name="q"]');
      const list = document.querySelector('.search-dialog .search__results');
      if (!el || !list) return -1;
      return new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (list.children.length > 0) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(list, { childList: true });
        el.value = term;
        const start = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, q);
    times.push(ms);
  }
  await browser.close();
  return {
    requestsBeforeOpen: beforeOpen,
    firstSearchBytes,
    firstSearchFiles,
    keystrokeToResultsMs: median(times),
    samples: times.length,
    indexBytes: dirBytes('dist/pagefind'),
  };
}

/** Bytes of every file under a folder: the whole search index as deployed. */
/** Bytes of the files in a folder, leaving out the .br and .gz copies the build writes beside them. */
function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) =>
      sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : /\.(br|gz)$/.test(e.name) ? 0 : statSync(join(dir, e.name)).size),
    0,
  );
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
      const hasChart = readFileSync(`dist${path}index.html`, 'utf8').includes('class="chart"');
      const html = `dist${path}index.html`;
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
    const search = await measureSearch(executablePath);
    const all: Results = {
      machine: machine(),
      runs: RUNS,
      buildSeconds: median(buildSeconds),
      buildRuns: buildSeconds,
      pages: results,
      search,
      targets,
    };
    writeFileSync('bench/results.json', `${JSON.stringify(all, null, 2)}\n`);
    writeFileSync('bench/report.md', renderReport(all, readFileSync('bench/misses.md', 'utf8')));
    console.log('Wrote bench/report.md and bench/results.json');
  } finally {
    chrome.kill();
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}

await main();
