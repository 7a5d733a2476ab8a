/**
 * A thin layer over Pagefind's JavaScript API: loads it once, on demand, and turns its results
 * into what the search interface shows. Nothing here runs until a reader opens search.
 */
import { hasWordStarting, indexQuery, termsToMark } from './search-terms';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
type Filters = Record<string, string[] | Record<string, string[]>>;
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
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
/**
 * Pages shown at first, and added by each "more": Pagefind downloads a fragment (the page's
 * text, for excerpts) for every page shown, so a short first list keeps the first search light.
 */
export const PAGE_STEP = 5;
/** Longest query passed on: enough for any phrase, and it keeps a pasted essay cheap. */
export const MAX_QUERY = 200;

/**
 * The words actually searched: trimmed, and cut to MAX_QUERY characters (whole characters, never
 * half an emoji). The status line and the address show this, not what was pasted.
 */
export function searchedText(typed: string): string {
  return [...typed.trim()].slice(0, MAX_QUERY).join('');
}

/**
 * Pagefind's default ranking, tried against the queries in tests/e2e/search-queries.ts, did as
 * well as any tuning of it (termFrequency, pageLength, termSimilarity and termSaturation were each
 * tried above and below their defaults). What makes a section that is about a term outrank a page
 * that only names it is the weighting in the pages themselves (lower weights on the reference
 * pages, see Page.astro and markdown-plugins.ts), and searching a question's content words only
 * (search-terms.ts), so that its "the" and "did" do not favour the longest pages.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 22,
  // Searching this small index takes a few milliseconds: in the page, it spares the reader the
  // worker's own 12 KB download and a round trip of messages per keystroke.
  noWorker: true,
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

/**
 * Pagefind lists a page's sub-results in page order; the reader wants the sections that match
 * best first, so they are ordered by the summed score of their matching words.
 */
export function rankSubResults<T extends { weighted_locations?: { balanced_score: number }[] }>(subs: T[]): T[] {
  const score = (s: T) => (s.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);
  return subs
    .map((s, i) => ({ s, i, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.s);
}

/** The sub-results the interface shows: best first, only real sections, only the kind asked for. */
export function bestSubResults<T extends PagefindSubResult>(subs: T[], kind?: Kind, limit = 4): T[] {
  return rankSubResults(subs)
    .filter((s) => s.anchor?.id) // the page's opening text repeats the page result
    .filter((s) => !kind || kindOf(s) === kind)
    .slice(0, limit);
}

const kindOf = (sub: PagefindSubResult): Kind => {
  const id = sub.anchor?.id ?? '';
  if (id.startsWith('chart-')) return 'chart';
  if (id.startsWith('event-')) return 'event';
  if (id.startsWith('fig-')) return 'figure';
  return 'section';
};

/** One step of a query's results: pages `offset` to `offset + PAGE_STEP`, of `total`. */
export interface ResultStep {
  hits: PageHit[];
  total: number;
  /** Words of the query that no page has a word beginning with: nothing is shown for them. */
  missing: string[];
}

/**
 * The filter the topic index carries (TopicIndex.astro). The index names every subject the
 * pages explain, so it is listed after every other page that matches, never above them.
 */
export const TOPIC_INDEX_FILTER = { listing: ['topic-index'] };

/** The two searches a query makes: every page but the topic index, then the topic index. */
export function filtersInOrder(filters: Record<string, string[]>): Filters[] {
  return [
    { ...filters, not: TOPIC_INDEX_FILTER },
    { ...filters, ...TOPIC_INDEX_FILTER },
  ];
}

/**
 * A result's address with the terms to mark on arrival as its highlight parameters. Pagefind's
 * own are the index's forms of every word ("noentry", "the"); these are the query's content
 * words, as the landing page marks them (search-highlight.ts).
 */
export function withHighlight(url: string, terms: string[]): string {
  const u = new URL(url, 'http://x');
  u.searchParams.delete(HIGHLIGHT_PARAM);
  for (const t of terms) u.searchParams.append(HIGHLIGHT_PARAM, t);
  return `${u.pathname}${u.search}${u.hash}`;
}

/**
 * The content words of a query that no page has a word beginning with. Pagefind, finding no
 * word that begins with a term, searches the longest word the term begins with ("Baghuzz" finds
 * "Baghuz", "abcdefgh" finds "ab"): such results are not hits for what was typed. A word the
 * results' text lacks still counts as found when the index holds it as typed, which covers an
 * inflected form of a word the text has ("attacking" for "attacks").
 */
async function missingWords(pf: PagefindApi, terms: string[], pages: PagefindData[]): Promise<string[]> {
  const missing: string[] = [];
  for (const term of terms) {
    if (pages.some((p) => hasWordStarting(p.content, term))) continue;
    if ((await pf.search(`"${term}"`)).results.length === 0) missing.push(term);
  }
  return missing;
}

/** Runs a query; results keep only the sub-results of the kind asked for, if any. */
export async function runSearch(q: Query, offset = 0): Promise<ResultStep> {
  const pf = await loadPagefind();
  const filters: Record<string, string[]> = {};
  if (q.theme) filters['theme'] = [q.theme];
  if (q.country) filters['country'] = [q.country];
  if (q.kind) filters['kind'] = [q.kind];
  const typed = searchedText(q.term);
  const term = indexQuery(typed);
  if (!term && Object.keys(filters).length === 0) return { hits: [], total: 0, missing: [] };
  // Pagefind keeps the index chunks and fragments it has loaded: asking again for "more" is cheap.
  const steps = await Promise.all(filtersInOrder(filters).map((f) => pf.search(term || null, { filters: f })));
  const found = steps.flatMap((s) => s.results);
  const pages = await Promise.all(found.slice(offset, offset + PAGE_STEP).map((r) => r.data()));
  const terms = termsToMark(typed);
  if (offset === 0 && pages.length > 0) {
    const missing = await missingWords(pf, terms, pages);
    if (missing.length > 0) return { hits: [], total: 0, missing };
  }
  const hits = pages.map((d): PageHit => {
    // Figures and events are short entries: show more of them when asked for by kind.
    const subs = bestSubResults(d.sub_results, q.kind, q.kind === 'figure' || q.kind === 'event' ? 12 : 4).map((s) => ({
      url: withHighlight(s.url, terms),
      title: s.title,
      excerpt: s.excerpt,
      kind: kindOf(s),
    }));
    return { url: withHighlight(d.url, terms), title: d.meta.title ?? d.url, excerpt: d.excerpt, kind: 'section', subs };
  });
  return { hits, total: found.length, missing: [] };
}

/** Filter values with counts, for the filter menus. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
