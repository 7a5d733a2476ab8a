/**
 * The search index, tested the way Pagefind tests itself: load a built page, import
 * /pagefind/pagefind.js, search, and assert on the top result's URL and its sub-results.
 * Each row is a query a reader would type and where it should land.
 */
import { PAGEFIND_OPTIONS, bestSubResults, type Kind, type PagefindSubResult } from '../../src/scripts/search-engine';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface Expectation {
  query: string;
  /** The top result's page. */
  page: string;
  /**
   * An anchor that must be among the top result's first sub-results; several when a chart in
   * the section is as good a landing as the section's heading.
   */
  anchor?: string | string[];
  filters?: Record<string, string[]>;
  /**
   * Landings as good as the first, for subjects two pages treat: the 2016 view and what came
   * after it (/aftermath/). The top result must be one of the pages listed, with its anchor.
   */
  also?: { page: string; anchor?: string | string[] }[];
}

export const QUERIES: Expectation[] = [
  // Themes
  { query: 'monthly flow of recruits', page: '/decline/', anchor: '#global-flow' },
  { query: 'why the flow collapsed', page: '/causes/' },
  {
    query: 'fighters returning home',
    page: '/reverse-flows/',
    anchor: '#coming-home',
    also: [{ page: '/aftermath/', anchor: ['#who-came-back', '#expected-returns', '#returns-worldwide'] }],
  },
  {
    query: 'returnees',
    page: '/reverse-flows/',
    anchor: ['#coming-home', '#chart-who-could-return'],
    also: [
      { page: '/aftermath/', anchor: ['#who-came-back', '#returns-worldwide', '#returnee-attacks', '#no-returnee-attacks'] },
    ],
  },
  { query: 'North Africa', page: '/regional-shifts/', anchor: '#north-africa' },
  // Countries
  {
    query: 'Tunisia',
    page: '/regional-shifts/',
    anchor: '#tunisia',
    also: [{ page: '/aftermath/', anchor: ['#tunisia-totals', '#expected-tunisia-rank', '#tunisia-after', '#returns-maghreb'] }],
  },
  { query: 'Belgium per capita', page: '/regional-shifts/', anchor: '#western-europe-per-capita' },
  { query: 'France arrivals 69', page: '/decline/', anchor: '#france' },
  { query: 'Germany Münch returnees', page: '/reverse-flows/', anchor: '#germany-view' },
  { query: 'Egypt tribes', page: '/causes/', anchor: '#egypt-tribes' },
  // People and organisations: the section that reports what they said, or their own entry
  { query: 'Comey', page: '/decline/', anchor: '#united-states' },
  { query: 'Cazeneuve fourfold', page: '/decline/', anchor: '#france' },
  { query: 'Adnani', page: '/reverse-flows/', anchor: '#adnani-call' },
  { query: 'Neumann Afghanistan', page: '/reverse-flows/', anchor: '#afghanistan-precedent' },
  { query: 'Europol van Gemert', page: '/reverse-flows/', anchor: '#europol-view' },
  { query: 'Heisbourg', page: '/people/', anchor: '#heisbourg' },
  {
    query: 'Soufan Group',
    page: '/regional-shifts/',
    anchor: ['#where-fighters-came-from', '#chart-origins-map'],
    also: [{ page: '/aftermath/', anchor: ['#later-totals', '#why-totals-differ', '#tunisia-totals'] }],
  },
  // Terms
  { query: 'Turkey no-entry list', page: '/causes/', anchor: '#no-entry-list' },
  { query: 'deportations', page: '/causes/', anchor: ['#no-entry-list', '#chart-turkey-entry-ban'] },
  { query: 'Syria border tanks', page: '/causes/', anchor: '#border-sealed' },
  { query: 'Jarabulus', page: '/causes/', anchor: '#last-foothold' },
  { query: 'parental permission', page: '/causes/', anchor: '#exit-rules' },
  { query: 'child recruits', page: '/causes/', anchor: '#child-recruits' },
  { query: 'hijrah', page: '/reverse-flows/', anchor: '#adnani-call' },
  { query: 'Sirte Boko Haram', page: '/regional-shifts/', anchor: '#boko-haram-route' },
  { query: 'Ben Guerdane attack', page: '/regional-shifts/', anchor: '#ben-guerdane' },
  // What came after, 2016–2025: readers' plain questions land on the page's sections
  { query: 'how many came home', page: '/aftermath/', anchor: ['#who-came-back', '#returns-worldwide'] },
  { query: 'al-Hol', page: '/aftermath/', anchor: '#al-hol' },
  { query: 'Baghuz', page: '/aftermath/', anchor: '#territory-falls' },
  { query: 'did returnees attack', page: '/aftermath/', anchor: ['#returnee-attacks', '#no-returnee-attacks'] },
  { query: 'repatriation of children', page: '/aftermath/', anchor: ['#repatriation', '#chart-repatriation-by-country'] },
  { query: 'IS in Africa', page: '/aftermath/', anchor: '#is-in-africa' },
  // A chart, an event and a figure are results of their own
  { query: 'no-entry list', page: '/causes/', anchor: '#chart-turkey-entry-ban', filters: { kind: ['chart'] } },
  { query: 'Euphrates Shield', page: '/timeline/', anchor: '#event-euphrates-shield-jarabulus', filters: { kind: ['event'] } },
  { query: '689', page: '/sources/', anchor: '#fig-france-in-zone-2016-09', filters: { kind: ['figure'] } },
  // The charts and events of What came after are results of their own too
  { query: 'al-Hol population', page: '/aftermath/', anchor: '#chart-al-hol-population', filters: { kind: ['chart'] } },
  { query: 'brought back', page: '/aftermath/', anchor: '#chart-repatriation-by-country', filters: { kind: ['chart'] } },
  { query: 'where the estimates went', page: '/aftermath/', anchor: '#chart-running-totals', filters: { kind: ['chart'] } },
  { query: 'Ghwayran prison', page: '/timeline/', anchor: '#event-ghwayran-prison-attack', filters: { kind: ['event'] } },
  {
    query: 'Begum',
    page: '/timeline/',
    anchor: ['#event-begum-citizenship-removed', '#event-begum-supreme-court-2021', '#event-begum-final-ruling'],
    filters: { kind: ['event'] },
  },
];

interface PagefindResultData {
  url: string;
  sub_results: PagefindSubResult[];
}

for (const { query, page: first, anchor: firstAnchor, filters, also = [] } of QUERIES) {
  const landings = [{ page: first, anchor: firstAnchor }, ...also];
  const names = landings.map((l) => `${l.page}${[l.anchor ?? ''].flat().join(' or ')}`).join(', or ');
  test(`searching "${query}" finds ${names} first`, async ({ sharedPage: page }) => {
    await page.goto('/');
    const top = await page.evaluate(
      async ({ query, filters, options }) => {
        const path = '/pagefind/pagefind.js';
        const pf = (await import(path)) as {
          options(o: object): Promise<void>;
          init(): Promise<void>;
          search(q: string, o?: object): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
        };
        await pf.options(options); // the site's own ranking settings
        await pf.init();
        const r = await pf.search(query, filters ? { filters } : {});
        const first = r.results[0];
        return first ? await first.data() : null;
      },
      { query, filters, options: PAGEFIND_OPTIONS },
    );
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

test('text on either side of a tag boundary is indexed as separate words', async ({ sharedPage: page }) => {
  await page.goto('/');
  // Each pair stands side by side in the built HTML with no space between the elements: a
  // topic term and its definition, two table headers, a chart's title and its takeaway.
  const pairs = [
    ['/topics/', 'Caliphate', 'The'],
    ['/decline/', 'Period', 'Recruits'],
    ['/', 'The key figures', 'From'],
  ] as const;
  const texts = await page.evaluate(
    async ({ pairs, options }) => {
      const path = '/pagefind/pagefind.js';
      const pf = (await import(path)) as {
        options(o: object): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
      };
      await pf.options(options);
      const out: Record<string, string> = {};
      for (const [url, first] of pairs) {
        for (const r of (await pf.search(first)).results) {
          const d = await r.data();
          if (new URL(d.url, 'http://x').pathname === url) out[url] = d.content;
        }
      }
      return out;
    },
    { pairs, options: PAGEFIND_OPTIONS },
  );
  for (const [url, a, b] of pairs) {
    const text = texts[url] ?? '';
    expect(text, `${url} is in the index`).not.toBe('');
    expect(text).not.toContain(`${a}${b}`);
    expect(text).toContain(`${a} ${b}`);
  }
});
