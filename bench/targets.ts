/** The benchmark's targets (issue 5) and the reference numbers it compares against. */

export interface LighthouseSummary {
  /** Median score of each category over the runs. */
  scores: Record<string, number>;
  /** Lowest score of each category over the runs: the target is 100 in every run. */
  minScores: Record<string, number>;
  /** Elements in the page once loaded (Lighthouse's DOM size). */
  domElements: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  transferBytes: number;
  scriptBytes: number;
  stylesheetBytes: number;
  documentBytes: number;
  otherBytes: number;
  requests: number;
  renderBlockingCssBytes: number;
}

export interface PageResult {
  path: string;
  hasChart: boolean;
  /** The page's HTML file as built, and its brotli and gzip copies, in bytes. */
  file: { bytes: number; br: number; gz: number };
  mobile: LighthouseSummary;
  desktop: LighthouseSummary;
}

/** The middle and the worst of a set of measurements. */
export interface Spread {
  median: number;
  worst: number;
}

/** One cold first search: bytes on the wire from opening search until nothing more loads. */
export interface QueryCost {
  query: string;
  bytes: number;
  requests: number;
  /** From the last keystroke to the results drawn. */
  ms: number;
}

export interface SearchResult {
  /** When, and against which server, search was measured (`--only search` measures it alone). */
  measured: string;
  server: string;
  /** The machine's one-minute load average as the measurement began and ended: times grow with it. */
  loadAverage: [number, number];
  requestsBeforeOpen: number;
  /** Each query typed at once (one input event), from a fresh browser. */
  firstSearch: QueryCost[];
  firstSearchBytes: Spread;
  firstSearchMs: Spread;
  /** The same queries typed key by key (80 ms a key): each prefix is searched too. */
  typedSearch: QueryCost[];
  typedSearchBytes: Spread;
  typedSearchMs: Spread;
  /** Keystroke to results once search has loaded, over `samples` queries. */
  keystrokeToResultsMs: Spread;
  samples: number;
  /** Size of the whole search index folder as deployed (uncompressed bytes on disk). */
  indexBytes: number;
}

export interface Results {
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; date: string };
  runs: number;
  /** Lighthouse runs per page with the desktop preset (BENCH_DESKTOP_RUNS; as many as mobile unless set). */
  desktopRuns?: number;
  buildSeconds: number;
  buildRuns: number[];
  pages: PageResult[];
  search: SearchResult;
  targets: typeof targets;
}

const KB = 1000;

export const targets = {
  lighthouse: 100,
  /** Elements in any page at load. */
  domElements: 1500,
  text: { transferBytes: 20 * KB, requests: 4, scriptBytes: 3 * KB, renderBlockingCssBytes: 8 * KB },
  /** The plain-HTML floor for mobile LCP on these machines, and the allowed margin above it. */
  lcpFloorMs: 660,
  lcpMarginMs: 150,
  chart: { transferBytes: 45 * KB, scriptBytes: 10 * KB, cls: 0 },
  search: { requestsBeforeOpen: 0, firstSearchBytes: 100 * KB, firstSearchMs: 200, keystrokeToResultsMs: 100 },
  buildSeconds: 20,
} as const;

/** Astro Starlight with the same stack, measured on these machines (from the issue). */
export const starlight = {
  transferBytes: 56.6 * KB,
  requests: 10,
  scriptBytes: 8.8 * KB,
  searchUiBytes: 25.9 * KB,
  renderBlockingCssBytes: 11.1 * KB,
  mobileLcpMs: 1130,
  firstSearchBytes: 130 * KB,
  /** From the last keystroke, cold (median of ten queries). */
  firstSearchMs: 370,
  keystrokeToResultsMs: 308,
} as const;
