/**
 * A thin layer over Pagefind's JavaScript API: loads it once, on demand, and turns its results
 * into what the search interface shows. Nothing here runs until a reader opens search.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export type Kind = 'section' | 'chart' | 'event' | 'figure';
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  kind: Kind;
}
export interface PageHit extends Hit {
  subs: Hit[];
}
export interface Query {
  term: string;
  theme?: string | undefined;
  country?: string | undefined;
  kind?: Kind | undefined;
}

/** The URL parameter that carries the search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';
/** How many pages to show; Pagefind loads each page's fragment separately. */
const PAGE_LIMIT = 8;
/** Longest query passed on: enough for any phrase, and it keeps a pasted essay cheap. */
export const MAX_QUERY = 200;

/**
 * Headings and titles already weigh more in Pagefind; a lower page-length penalty keeps long
 * theme pages, whose sections are about a term, above short pages that only mention it.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 22,
  ranking: { pageLength: 0.4, termSaturation: 1.2 },
};

let api: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as PagefindApi;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  return api;
}

const kindOf = (sub: PagefindSubResult): Kind => {
  const id = sub.anchor?.id ?? '';
  if (id.startsWith('chart-')) return 'chart';
  if (id.startsWith('event-')) return 'event';
  if (id.startsWith('fig-')) return 'figure';
  return 'section';
};

/** Runs a query; results keep only the sub-results of the kind asked for, if any. */
export async function runSearch(q: Query): Promise<PageHit[]> {
  const pf = await loadPagefind();
  const filters: Record<string, string[]> = {};
  if (q.theme) filters['theme'] = [q.theme];
  if (q.country) filters['country'] = [q.country];
  if (q.kind) filters['kind'] = [q.kind];
  const term = q.term.trim().slice(0, MAX_QUERY);
  if (!term && Object.keys(filters).length === 0) return [];
  const found = await pf.search(term || null, { filters });
  const pages = await Promise.all(found.results.slice(0, PAGE_LIMIT).map((r) => r.data()));
  return pages.map((d) => {
    const subs = d.sub_results
      .filter((s) => s.anchor?.id) // the page's opening text repeats the page result
      .map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt, kind: kindOf(s) }))
      .filter((s) => !q.kind || s.kind === q.kind)
      .slice(0, 4);
    return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, kind: 'section', subs };
  });
}

/** Filter values with counts, for the filter menus. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
