/**
 * The search index, tested the way Pagefind tests itself: load a built page, import
 * /pagefind/pagefind.js, search, and assert on the top result's URL and its sub-results.
 * Each row is a query a reader would type and where it should land.
 */
import { PAGEFIND_OPTIONS } from '../../src/scripts/search-engine';
import { expect, test } from './fixtures';

interface Expectation {
  query: string;
  /** The top result's page. */
  page: string;
  /** An anchor that must be among the top result's first sub-results. */
  anchor?: string;
  filters?: Record<string, string[]>;
}

export const QUERIES: Expectation[] = [
  // Themes
  { query: 'monthly flow of recruits', page: '/decline/', anchor: '#global-flow' },
  { query: 'as few as 50', page: '/decline/', anchor: '#global-flow' },
  { query: 'why the flow collapsed', page: '/causes/' },
  { query: 'fighters coming home', page: '/reverse-flows/', anchor: '#coming-home' },
  { query: 'North Africa', page: '/regional-shifts/', anchor: '#north-africa' },
  // Countries
  { query: 'Tunisia', page: '/regional-shifts/', anchor: '#tunisia' },
  { query: 'Belgium per capita', page: '/regional-shifts/', anchor: '#western-europe-per-capita' },
  { query: 'Americans travelling', page: '/decline/', anchor: '#united-states' },
  { query: 'France arrivals 69', page: '/decline/', anchor: '#france' },
  { query: 'Germany Münch returnees', page: '/reverse-flows/', anchor: '#germany-view' },
  { query: 'Egypt tribes', page: '/causes/', anchor: '#egypt-tribes' },
  // People and organisations
  { query: 'Comey', page: '/decline/', anchor: '#united-states' },
  { query: 'Adnani', page: '/reverse-flows/', anchor: '#adnani-call' },
  { query: 'Neumann Afghanistan', page: '/reverse-flows/', anchor: '#afghanistan-precedent' },
  { query: 'Europol van Gemert', page: '/reverse-flows/', anchor: '#europol-view' },
  { query: 'Soufan Group', page: '/decline/', anchor: '#how-many-went' },
  // Terms
  { query: 'Turkey no-entry list', page: '/causes/', anchor: '#no-entry-list' },
  { query: 'Jarabulus', page: '/causes/', anchor: '#last-foothold' },
  { query: 'parental permission', page: '/causes/', anchor: '#exit-rules' },
  { query: 'child recruits', page: '/causes/', anchor: '#child-recruits' },
  { query: 'Sirte Boko Haram', page: '/regional-shifts/' },
  { query: 'Ben Guerdane attack', page: '/regional-shifts/', anchor: '#ben-guerdane' },
  // A chart and an event land on the chart or the event itself
  { query: 'no-entry list chart', page: '/causes/', anchor: '#chart-turkey-entry-ban' },
  { query: 'Euphrates Shield', page: '/timeline/', anchor: '#event-euphrates-shield-jarabulus', filters: { kind: ['event'] } },
  // A figure's own entry
  {
    query: 'figure id current-monthly-flow',
    page: '/sources/',
    anchor: '#fig-current-monthly-flow',
    filters: { kind: ['figure'] },
  },
];

interface PagefindResultData {
  url: string;
  sub_results: { url: string }[];
}

for (const { query, page: expected, anchor, filters } of QUERIES) {
  test(`searching "${query}" finds ${expected}${anchor ?? ''} first`, async ({ page }) => {
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
    expect(top?.url).toBe(expected);
    if (anchor) expect(top?.sub_results.slice(0, 4).map((s) => new URL(s.url, 'http://x').hash)).toContain(anchor);
  });
}
