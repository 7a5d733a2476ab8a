/**
 * Where each figure's and each source's entry lives. The figure register and the source list are
 * spread over several pages, so that each page stays light on a phone; the pages themselves say
 * what they list (`<FigureList file="…" />`, `<SourceList years="…" />` in content/pages), and
 * this module reads those lines, so moving a list is one edit to a page. Every link to an entry
 * (figures in the text, charts' tables, previews, the reference lists, the downloads) is built
 * here, by figureHref and sourceHref.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getDataset } from './dataset';
import { ContentError } from './load';
import { figureAnchor } from './figure-index';
import { NAV, pathOf } from '../site';

/** The article the site explains: described on the sources page itself, not in the source list. */
export const ARTICLE = 'wapo-2016-09-09';

/** The years a source page lists: from–to inclusive; an open end is written "-2015" or "2020-". */
interface YearSpan {
  from: number;
  to: number;
}

interface Placement {
  /** Figure data file name (no folder, no extension) → content id of the page that lists it. */
  figureFiles: Map<string, string>;
  /** Each source page's years, in the order found. */
  sourcePages: { page: string; years: YearSpan }[];
}

/** "2016", "2018-2019", "-2015" or "2020-" as a span of years; undefined if it is none of these. */
export function parseYears(text: string): YearSpan | undefined {
  const m = /^(\d{4})?(-)?(\d{4})?$/.exec(text.trim());
  if (!m || (!m[1] && !m[3])) return undefined;
  const from = m[1] ? Number(m[1]) : -Infinity;
  const to = m[3] ? Number(m[3]) : m[2] ? Infinity : from;
  return from <= to ? { from, to } : undefined;
}

/** The data file a figure was read from, as FigureList names it: "global", "icsr-2013-2015". */
export function figureFileName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(yaml|csv)$/, '');
}

let cached: Placement | undefined;

/** Reads the pages' lists; the build stops, naming the page, if a list is placed twice or nowhere. */
export function placement(dir = join(process.cwd(), 'content', 'pages')): Placement {
  if (cached && dir === join(process.cwd(), 'content', 'pages')) return cached;
  const problems: string[] = [];
  const figureFiles = new Map<string, string>();
  const sourcePages: Placement['sourcePages'] = [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !f.split('/').pop()?.startsWith('_'))
    .sort();
  for (const name of files) {
    const page = name.replace(/\.mdx$/, '');
    const where = relative(process.cwd(), join(dir, name));
    const text = readFileSync(join(dir, name), 'utf8');
    for (const m of text.matchAll(/<FigureList\s+file="([^"]+)"/g)) {
      const file = m[1] ?? '';
      const before = figureFiles.get(file);
      if (before && before !== page)
        problems.push(`${where}: <FigureList file="${file}"> is also on the page "${before}"; a figure's entry is on one page`);
      figureFiles.set(file, page);
    }
    for (const m of text.matchAll(/<SourceList\b[^>]*?\byears="([^"]*)"/g)) {
      const years = parseYears(m[1] ?? '');
      if (!years)
        problems.push(`${where}: <SourceList years="${m[1]}">: write a year or a span, e.g. "2016", "2018-2019", "-2015"`);
      else sourcePages.push({ page, years });
    }
  }
  const data = getDataset();
  for (const f of data.figures.values()) {
    const file = figureFileName(f.file);
    if (!figureFiles.has(file))
      problems.push(`${f.file}: no page lists its figures; add <FigureList file="${file}" /> to a page in content/pages`);
  }
  for (const s of data.sources.values()) {
    if (s.id === ARTICLE) continue;
    const year = Number(s.date.slice(0, 4));
    const pages = sourcePages.filter((p) => year >= p.years.from && year <= p.years.to);
    if (pages.length > 1)
      problems.push(
        `${s.file}:${s.line}: source "${s.id}" (${year}) falls in the years of ${pages.map((p) => p.page).join(' and ')}`,
      );
    if (pages.length === 0 && sourcePages.length > 0)
      problems.push(`${s.file}:${s.line}: source "${s.id}" (${year}): no <SourceList years="…"> in content/pages covers ${year}`);
  }
  if (problems.length > 0) throw new ContentError([...new Set(problems)]);
  const result = { figureFiles, sourcePages };
  if (dir === join(process.cwd(), 'content', 'pages')) cached = result;
  return result;
}

/** The content id of the page that holds a figure's entry. */
function figurePage(id: string): string {
  const f = getDataset().figures.get(id);
  const page = f && placement().figureFiles.get(figureFileName(f.file));
  if (!page) throw new ContentError([`figure "${id}": no page lists it (see src/data/reference-pages.ts)`]);
  return page;
}

/** The address of a figure's entry: "/figures/global/#fig-peak-monthly-flow". */
export function figureHref(id: string): string {
  return `${pathOf(figurePage(id))}#${figureAnchor(id)}`;
}

/** The content id of the page that lists a source; the article is described on the sources page. */
export function sourcePage(id: string): string {
  const s = getDataset().sources.get(id);
  if (!s) throw new ContentError([`source "${id}": not in content/data/sources.yaml`]);
  if (id === ARTICLE) return 'sources';
  const year = Number(s.date.slice(0, 4));
  return placement().sourcePages.find((p) => year >= p.years.from && year <= p.years.to)?.page ?? 'sources';
}

/** The address of a source's entry: "/sources/2016/#src-wapo-2016-09-09". */
export function sourceHref(id: string): string {
  return `${pathOf(sourcePage(id))}#src-${id}`;
}

let moved: Map<string, string> | undefined;

/**
 * Sections that left a page for one of its parts (NAV's partOf): "/people/#valls" →
 * "/people/before-2016/#valls", read from the parts' headings ({#id}) in content/pages, and
 * the charts placed on a part ("/aftermath/#chart-al-hol-population").
 */
function movedSections(): Map<string, string> {
  if (moved) return moved;
  const dir = join(process.cwd(), 'content', 'pages');
  const out = new Map<string, string>();
  for (const n of NAV) {
    if (!('partOf' in n)) continue;
    const text = readFileSync(join(dir, `${n.id}.mdx`), 'utf8');
    for (const m of text.matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm))
      out.set(`${pathOf(n.partOf)}#${m[1]}`, `${pathOf(n.id)}#${m[1]}`);
  }
  // Charts that moved with their sections (charts.yaml names the part as their page).
  for (const c of getDataset().charts.values()) {
    const n = NAV.find((p) => p.id === c.page);
    const id = `chart-${c.id}`; // chartAnchor (charts/model.ts imports this module)
    if (n && 'partOf' in n) out.set(`${pathOf(n.partOf)}#${id}`, `${pathOf(n.id)}#${id}`);
  }
  moved = out;
  return out;
}

/** A link to a section that moved to a part of its page goes straight to the part. */
export function currentHref(href: string): string {
  return movedSections().get(href) ?? href;
}
