/**
 * The search index, tested the way Pagefind tests itself: load a built page, import
 * /pagefind/pagefind.js, search as the site does, and assert on the top result's URL and its
 * sub-results. Each row of search-queries.ts is a query a reader would type and where it should
 * land.
 */
import type { Page } from '@playwright/test';
import {
  PAGEFIND_OPTIONS,
  bestSubResults,
  filtersInOrder,
  withRunOns,
  type Kind,
  type PagefindSubResult,
} from '../../src/scripts/search-engine';
import { indexQuery } from '../../src/scripts/search-terms';
import { BLOCK_WORDS } from '../../src/scripts/search-excerpt';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { QUERIES } from './search-queries';

interface PagefindResultData {
  url: string;
  sub_results: PagefindSubResult[];
}

/**
 * Queries as the site asks them (search-engine.ts): each query's content words, with the index
 * chunks of the words they begin (withRunOns), in every page but the topic index, then in the
 * topic index. Returns, for each, the results' paths in order and the first one's data.
 */
async function searchAsTheSite(page: Page, queries: string[], filters: Record<string, string[]> = {}) {
  return page.evaluate(
    async ({ terms, steps, options }) => {
      const path = '/pagefind/pagefind.js';
      const pf = (await import(path)) as {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(q: string | null, o?: object): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
        preload(q: string, o?: object): Promise<void>;
      };
      await pf.options(options); // the site's own ranking settings
      await pf.init();
      // Every page once, to name results by path without loading each result's text again.
      const all = await pf.search(null, { filters: {} });
      const pathOf = new Map(
        await Promise.all(all.results.map(async (r) => [r.id, new URL((await r.data()).url, 'http://x').pathname] as const)),
      );
      const out = [];
      for (const [term, runOns] of terms) {
        await pf.preload(runOns, { filters: steps[0] });
        const results = (await Promise.all(steps.map((filters) => pf.search(term, { filters })))).flatMap((r) => r.results);
        out.push({ paths: results.map((r) => pathOf.get(r.id) ?? ''), top: results[0] ? await results[0].data() : null });
      }
      return out;
    },
    {
      terms: queries.map(indexQuery).map((t) => [t, withRunOns(t)] as const),
      steps: filtersInOrder(filters),
      options: PAGEFIND_OPTIONS,
    },
  );
}

for (const { query, page: first, anchor: firstAnchor, filters, also = [] } of QUERIES) {
  const landings = [{ page: first, anchor: firstAnchor }, ...also];
  const names = landings.map((l) => `${l.page}${[l.anchor ?? ''].flat().join(' or ')}`).join(', or ');
  test(`searching "${query}" finds ${names} first`, async ({ sharedPage: page }) => {
    await page.goto('/');
    const [{ top } = { top: null }] = await searchAsTheSite(page, [query], filters);
    // Result URLs carry the highlight parameter for the landing page; the path is what matters.
    const path = new URL(top?.url ?? '', 'http://x').pathname;
    expect(landings.map((l) => l.page)).toContain(path);
    const anchor = landings.find((l) => l.page === path)?.anchor;
    // The sub-results the interface would show first, for the kind filtered on (if any).
    const best = bestSubResults(top?.sub_results ?? [], filters?.['kind']?.[0] as Kind | undefined, 3);
    if (anchor) {
      const found = best.map((s) => new URL(s.url, 'http://x').hash);
      expect(
        found.filter((h) => [anchor].flat().includes(h)),
        `one of ${String(anchor)} in ${found.join(' ')}`,
      ).not.toEqual([]);
    }
  });
}

test('the topic index ranks below every page it points to, for each subject it lists', async ({ sharedPage: page }) => {
  test.setTimeout(180_000);
  await page.goto('/topics/');
  const entries = await page.locator('.topic-index dt').evaluateAll((els) =>
    els.map((el) => ({
      name: el.textContent?.trim() ?? '',
      pages: [...new Set([...(el.nextElementSibling?.querySelectorAll<HTMLAnchorElement>('a') ?? [])].map((a) => a.pathname))],
    })),
  );
  expect(entries.length).toBeGreaterThan(100);
  const misplaced: string[] = [];
  const found = await searchAsTheSite(
    page,
    entries.map((e) => e.name),
  );
  for (const [i, { name, pages }] of entries.entries()) {
    const paths = found[i]?.paths ?? [];
    const index = paths.indexOf('/topics/');
    if (index < 0) continue;
    const below = pages.filter((p) => paths.lastIndexOf(p) > index);
    if (below.length > 0) misplaced.push(`${name}: ${below.join(', ')} below the topic index`);
  }
  expect(misplaced).toEqual([]);
});

test('every sub-result the index returns links to an id that exists on its page', async ({ sharedPage: page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const urls = await page.evaluate(
    async ({ queries, options }) => {
      const path = '/pagefind/pagefind.js';
      const pf = (await import(path)) as {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
      };
      await pf.options(options); // as the site runs it: in the page, no worker
      await pf.init();
      const out: string[] = [];
      for (const q of queries) {
        for (const r of (await pf.search(q)).results) out.push(...(await r.data()).sub_results.map((s) => s.url));
      }
      return out;
    },
    {
      queries: ['foreign fighters', 'Turkey', 'France', 'Tunisia', 'Islamic State', 'figure', 'chart', '2016', 'Comey', 'border'],
      options: PAGEFIND_OPTIONS,
    },
  );
  expect(urls.length).toBeGreaterThan(100);
  const ids = new Map<string, Set<string>>();
  const missing = [...new Set(urls)].filter((u) => {
    const url = new URL(u, 'http://x');
    if (!url.hash) return false;
    if (!ids.has(url.pathname))
      ids.set(
        url.pathname,
        new Set([...readFileSync(`dist${url.pathname}index.html`, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')),
      );
    return !ids.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)));
  });
  expect(missing).toEqual([]);
});

/** A page's indexed text, put back together from the blocks the build wrote (search-text.ts). */
function indexedText(page: string): string {
  const dir = `dist/pagefind/text/${page}`;
  const count = readdirSync(dir).filter((f) => f.endsWith('.txt')).length; // not the .br and .gz copies
  const words = Array.from({ length: count }, (_, k) => readFileSync(`${dir}/${k}.txt`, 'utf8').split(' ').slice(0, BLOCK_WORDS));
  return words.flat().join(' ');
}

test('text on either side of a tag boundary is indexed as separate words', async ({ sharedPage: page }) => {
  await page.goto('/');
  // Each pair stands side by side in the built HTML with no space between the elements: a
  // topic term and its definition, two table headers, a chart's title and its takeaway.
  const pairs = [
    ['/topics/', 'Caliphate', 'The'],
    ['/decline/', 'Period', 'Recruits'],
    ['/', 'The key figures', 'From'],
  ] as const;
  const ids = await page.evaluate(
    async ({ pairs, options }) => {
      const path = '/pagefind/pagefind.js';
      const pf = (await import(path)) as {
        options(o: object): Promise<void>;
        search(q: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
      };
      await pf.options(options);
      const out: Record<string, string> = {};
      for (const [url, first] of pairs) {
        for (const r of (await pf.search(first)).results) {
          const d = await r.data();
          if (new URL(d.url, 'http://x').pathname === url) out[url] = r.id;
        }
      }
      return out;
    },
    { pairs, options: PAGEFIND_OPTIONS },
  );
  for (const [url, a, b] of pairs) {
    const id = ids[url];
    expect(id, `${url} is in the index`).toBeTruthy();
    const text = indexedText(id ?? '');
    expect(text).not.toContain(`${a}${b}`);
    expect(text).toContain(`${a} ${b}`);
  }
});
