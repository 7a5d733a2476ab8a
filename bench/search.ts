/**
 * The search part of the benchmark, measured in Chromium (Playwright) against a served build:
 * what loads before search is opened, what a first search costs for each of a list of queries
 * (bytes on the wire, and time from the keystroke to the results), and later keystrokes.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS } from '../tests/chromium-path.ts';
import type { QueryCost, SearchResult, Spread } from './targets.ts';

/** The first searches measured, each from a fresh browser (nothing cached). */
export const FIRST_QUERIES = [
  'border',
  'Tunisia',
  'returnees',
  'Adnani',
  'Belgium',
  'al-Hol',
  'Libya',
  'repatriation',
  'Comey',
  'Turkey',
];
/** Later searches, typed once the first has loaded the search engine. */
const LATER_QUERIES = [
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
/** The page search is opened from. */
const START = '/decline/';
/** A key every 80 ms: a fast typist. */
const KEY_DELAY_MS = 80;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
export const spread = (xs: number[]): Spread => ({ median: median(xs), worst: Math.max(...xs) });

/**
 * Every request of a browser context, weighed as bytes on the wire: compressed body plus headers.
 * Chromium reports no body size for a worker's own script, so the Content-Length the server sent
 * stands in where it is larger.
 */
function weigh(context: BrowserContext) {
  let pending = 0;
  let lastChange = performance.now();
  let sizes: Promise<number>[] = [];
  let urls: string[] = [];
  const changed = () => (lastChange = performance.now());
  context.on('request', (r) => {
    pending++;
    urls.push(r.url());
    changed();
  });
  context.on('requestfailed', () => {
    pending--;
    changed();
  });
  context.on('requestfinished', (request) => {
    pending--;
    changed();
    sizes.push(
      Promise.all([request.sizes(), request.response()]).then(([s, response]) => {
        const declared = Number(response?.headers()['content-length'] ?? 0);
        return Math.max(s.responseBodySize, declared) + s.responseHeadersSize;
      }),
    );
  });
  return {
    reset() {
      sizes = [];
      urls = [];
    },
    urls: () => urls,
    /** Resolves once no request has been under way for `quietMs`. */
    async quiet(quietMs = 400) {
      while (pending > 0 || performance.now() - lastChange < quietMs) await new Promise((r) => setTimeout(r, 50));
    },
    async total() {
      return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    },
  };
}

/**
 * Records, in the page, when the box last changed and when the status line first answered the
 * query (it names the query once its results are in the list), one frame later: results drawn.
 */
async function watchAnswer(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const form = document.querySelector('.search-dialog form')!;
    const input = form.querySelector('input[name="q"]')!;
    const status = form.querySelector('.search__status')!;
    const times = { typed: 0, shown: 0 };
    (window as unknown as { searchTimes: typeof times }).searchTimes = times;
    input.addEventListener('input', () => {
      times.typed = performance.now();
      times.shown = 0;
    });
    new MutationObserver(() => {
      if (times.shown || !status.textContent?.includes(`“${q}”`)) return;
      requestAnimationFrame(() => (times.shown = performance.now()));
    }).observe(status, { childList: true, characterData: true, subtree: true });
  }, query);
}

const answerMs = async (page: Page): Promise<number> => {
  await page.waitForFunction(() => (window as unknown as { searchTimes: { shown: number } }).searchTimes.shown > 0);
  return page.evaluate(() => {
    const t = (window as unknown as { searchTimes: { typed: number; shown: number } }).searchTimes;
    return t.shown - t.typed;
  });
};

/** One cold first search: a fresh context, the page loaded, search opened, the query typed. */
async function firstSearch(browser: Browser, origin: string, query: string, typing: boolean): Promise<QueryCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wire = weigh(context);
  await page.goto(`${origin}${START}`);
  await wire.quiet();
  await watchAnswer(page, query);
  wire.reset();
  await page.keyboard.press('Control+k');
  const input = page.locator('.search-dialog input[name="q"]');
  if (typing) await input.pressSequentially(query, { delay: KEY_DELAY_MS });
  else await input.fill(query);
  const ms = await answerMs(page);
  // Complete: the results in view with their excerpts, and the filter menus.
  await wire.quiet();
  const cost = { query, bytes: await wire.total(), requests: wire.urls().length, ms };
  await context.close();
  return cost;
}

/** Search costs. `origin` serves the built site, e.g. http://localhost:4411. */
export async function measureSearch(origin: string, executablePath: string): Promise<SearchResult> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const wire = weigh(context);
    await page.goto(`${origin}${START}`);
    await wire.quiet();
    const requestsBeforeOpen = wire.urls().filter((u) => u.includes('/pagefind/') || /search-(ui|engine)/.test(u)).length;

    const first: QueryCost[] = [];
    const typed: QueryCost[] = [];
    for (const q of FIRST_QUERIES) {
      first.push(await firstSearch(browser, origin, q, false));
      typed.push(await firstSearch(browser, origin, q, true));
      console.log(`  ${q}: ${(first.at(-1)!.bytes / 1000).toFixed(1)} KB, ${first.at(-1)!.ms.toFixed(0)} ms`);
    }

    // Later keystrokes: search loaded, each query typed into the emptied box.
    await page.keyboard.press('Control+k');
    const input = page.locator('.search-dialog input[name="q"]');
    await input.fill('border');
    await page.locator('.search-dialog .search__status').filter({ hasText: '“border”' }).waitFor();
    const later: number[] = [];
    for (const q of LATER_QUERIES) {
      await input.fill('');
      await watchAnswer(page, q);
      await input.fill(q);
      later.push(await answerMs(page));
    }
    await context.close();
    return {
      measured: new Date().toISOString().slice(0, 10),
      server: origin,
      loadAverage: [loadBefore, loadavg()[0] ?? 0],
      requestsBeforeOpen,
      firstSearch: first,
      firstSearchBytes: spread(first.map((c) => c.bytes)),
      firstSearchMs: spread(first.map((c) => c.ms)),
      typedSearch: typed,
      typedSearchBytes: spread(typed.map((c) => c.bytes)),
      typedSearchMs: spread(typed.map((c) => c.ms)),
      keystrokeToResultsMs: spread(later),
      samples: later.length,
      indexBytes: dirBytes('dist/pagefind'),
    };
  } finally {
    await browser.close();
  }
}

/** Bytes of every file under a folder: the whole search index as deployed. */
function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    // The .br and .gz copies the build writes beside text files are not part of the index.
    (sum, e) =>
      sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : /\.(br|gz)$/.test(e.name) ? 0 : statSync(join(dir, e.name)).size),
    0,
  );
}
