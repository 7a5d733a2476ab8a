/**
 * A thin layer over Pagefind's JavaScript API: loads it once, on demand, and turns its results
 * into what the search interface shows. Nothing here runs until a reader opens search.
 */
import { PAGE_LIST, excerptWindow, type ExcerptWindow, type Located } from './search-excerpt';
import { contentWords, hasWordStarting, indexQuery, termsToMark } from './search-terms';
import { loadExcerpt, loadWord } from './search-text-blocks';
import type { PageListFile } from '../integrations/search-text';

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { element: string; id: string; location: number };
  weighted_locations?: Located[];
}
/** A result's data. The build leaves no text in it (search-text.ts): excerpts come from blocks. */
interface PagefindData {
  url: string;
  /** The page's length in words. */
  word_count: number;
  meta: { title?: string };
  /** The headings and titled elements that become sub-results, with their places. */
  anchors: { id: string; location: number }[];
  weighted_locations: Located[];
  sub_results: PagefindSubResult[];
}
type Filters = Record<string, string[] | Record<string, string[]>>;
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
  preload(term: string, o?: { filters?: Filters }): Promise<void>;
}

interface PagefindResult {
  /** The page's id: its fragment's name, and the folder of its text blocks. */
  id: string;
  /** Where the query's words are in the page, in words from its start. */
  words: number[];
  data(): Promise<PagefindData>;
}

export type Kind = 'section' | 'chart' | 'event' | 'figure';
/** A result or sub-result: its link, and which words its excerpt shows (see loadExcerpt). */
export interface Hit {
  url: string;
  title: string;
  kind: Kind;
  excerpt: ExcerptWindow;
}
export interface PageHit extends Hit {
  subs: Hit[];
}
/** A page found: listed at once from the page list, its sections loaded when shown. */
export interface Found {
  url: string;
  title: string;
  /** The first page found comes with its sections. */
  hit?: PageHit;
  load(): Promise<PageHit>;
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
 * Pages listed at first, and added by each "more". Each costs its outline and the blocks of its
 * excerpts when it comes into view (see Found), so a short list keeps a search light.
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
  // Searching this small index takes a few milliseconds: in the page, it spares the reader the
  // worker's own 12 KB download and a round trip of messages per keystroke.
  noWorker: true,
};

let api: Promise<PagefindApi> | undefined;
let pageList: Promise<Partial<PageListFile>> | undefined;

/**
 * Every page in the index by Pagefind id, and the countries, written by the build (PAGE_LIST);
 * loaded once. Results and the country menu do without it should it fail to load.
 */
function loadPageList(): Promise<Partial<PageListFile>> {
  pageList ??= fetch(`/pagefind/${PAGE_LIST}`)
    .then((r) => (r.ok ? (r.json() as Promise<PageListFile>) : {}))
    .catch(() => ({}));
  return pageList;
}

/** Starts Pagefind, and the download of the page list, once. */
export function loadPagefind(): Promise<PagefindApi> {
  void loadPageList();
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
  hits: Found[];
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
 * A result with its sub-results, each excerpt as the window of words it shows: Pagefind's, the
 * page's and each section's within the section.
 */
async function pageHit(r: PagefindResult, terms: string[], kind?: Kind): Promise<PageHit> {
  const d = await r.data();
  const anchors = [...d.anchors].sort((a, b) => a.location - b.location);
  const sectionEnd = (s: PagefindSubResult) => {
    const i = anchors.findIndex((a) => a.id === s.anchor?.id && a.location === s.anchor.location);
    return i < 0 ? undefined : anchors[i + 1]?.location;
  };
  // Figures and events are short entries: show more of them when asked for by kind.
  const subs = bestSubResults(d.sub_results, kind, kind === 'figure' || kind === 'event' ? 12 : 4);
  return {
    url: withHighlight(d.url, terms),
    title: d.meta.title ?? d.url,
    kind: 'section',
    excerpt: excerptWindow(r.id, d.weighted_locations, { from: 0, words: d.word_count }),
    subs: subs.map((s) => ({
      url: withHighlight(s.url, terms),
      title: s.title,
      kind: kindOf(s),
      excerpt: excerptWindow(r.id, s.weighted_locations ?? [], {
        from: s.anchor?.location ?? 0,
        to: sectionEnd(s),
        words: d.word_count,
      }),
    })),
  };
}

/**
 * The query, and for each word the last place a word beginning with it can sort to. Pagefind
 * loads, for each word, the one index chunk whose range holds it; words that begin with it but
 * sort into the next chunk ("borders" after a chunk that ends with "border") would not be found.
 * Asking for both ends loads that next chunk too, and only when the words run on into it.
 */
export function withRunOns(term: string): string {
  const words = term.split(/\s+/).filter(Boolean);
  return [...words, ...words.map((w) => `${w}\uffff`)].join(' ');
}

/**
 * The words of a query that no page has a word beginning with. Pagefind, finding no word that
 * begins with a term, searches the longest word the term begins with ("Baghuzz" finds "Baghuz",
 * "abcdefgh" finds "ab"): such results are not hits for what was typed. A content word is found
 * when the index holds it as typed (also an inflected form of a word the text has: "attacking"
 * for "attacks"), which needs no download. Else each of its parts is found when a word marked in
 * the first result's excerpts begins with it (a word typed in part), or the first word Pagefind
 * finds for it alone does.
 */
async function missingWords(pf: PagefindApi, typed: string, firstHit: Promise<PageHit>): Promise<string[]> {
  const missing = new Set<string>();
  for (const word of contentWords(typed)) {
    if ((await pf.search(`"${word}"`)).results.length > 0) continue;
    for (const term of termsToMark(word)) {
      const first = await firstHit;
      const excerpts = await Promise.all([first, ...first.subs].map((h) => loadExcerpt(h.excerpt)));
      if (excerpts.some((e) => e.some((w) => w.mark && hasWordStarting(w.text, term)))) continue;
      const alone = (await pf.search(term)).results[0];
      const at = alone?.words[0];
      if (alone && at !== undefined && hasWordStarting(await loadWord(alone.id, at), term)) continue;
      missing.add(term);
    }
  }
  return [...missing];
}

/**
 * Runs a query; results keep only the sub-results of the kind asked for, if any. The pages found
 * are listed from the page list; the first comes with its sections, the others load theirs when
 * shown (Found), and excerpts load as they are shown (loadExcerpt). A query `superseded` by the
 * time the index has answered (the reader typed on) loads nothing more.
 */
export async function runSearch(q: Query, offset = 0, superseded = () => false): Promise<ResultStep> {
  const pf = await loadPagefind();
  const filters: Record<string, string[]> = {};
  if (q.theme) filters['theme'] = [q.theme];
  if (q.country) filters['country'] = [q.country];
  if (q.kind) filters['kind'] = [q.kind];
  const typed = searchedText(q.term);
  const term = indexQuery(typed);
  if (!term && Object.keys(filters).length === 0) return { hits: [], total: 0, missing: [] };
  // Pagefind keeps the index chunks and outlines it has loaded: asking again for "more" is cheap.
  const stepFilters = filtersInOrder(filters);
  if (term) await pf.preload(withRunOns(term), { filters: stepFilters[0] ?? {} });
  const steps = await Promise.all(stepFilters.map((f) => pf.search(term || null, { filters: f })));
  const found = steps.flatMap((s) => s.results);
  if (superseded()) return { hits: [], total: found.length, missing: [] };
  const terms = termsToMark(typed);
  const pages: Partial<PageListFile['pages']> = (await loadPageList()).pages ?? {};
  const shown = found.slice(offset, offset + PAGE_STEP).map((r) => {
    let loading: Promise<PageHit> | undefined;
    return { listed: pages[r.id], load: () => (loading ??= pageHit(r, terms, q.kind)) };
  });
  const first = offset === 0 ? shown[0]?.load() : undefined;
  // The first result's excerpts start downloading once its outline is in; the interface fills
  // them in as they come. Whether every word is in the index is asked meanwhile.
  first?.then((hit) => [hit, ...hit.subs].map((h) => loadExcerpt(h.excerpt).catch(() => undefined))).catch(() => undefined);
  // (Should the check's downloads fail, the results are shown: they are Pagefind's.)
  const missing = first ? missingWords(pf, typed, first).catch(() => []) : Promise.resolve([]);
  const hits = await Promise.all(
    shown.map(async ({ listed, load }, i): Promise<Found> => {
      if (listed && !(first && i === 0)) return { url: withHighlight(listed.url, terms), title: listed.title, load };
      const hit = await load();
      return { url: hit.url, title: hit.title, hit, load };
    }),
  );
  if ((await missing).length > 0) return { hits: [], total: 0, missing: await missing };
  return { hits, total: found.length, missing: [] };
}

/** The countries pages can be filtered by, for the menu: from the page list, not Pagefind's filter files. */
export async function countryNames(): Promise<string[]> {
  return (await loadPageList()).countries ?? [];
}
