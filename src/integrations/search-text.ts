/**
 * Makes a search result cheap to show. Pagefind writes, for each page, a "fragment" holding the
 * page's whole text, and downloads it for every result shown, only to cut excerpts of 22 words
 * from it: 5 to 100 KB per result on this site. After Pagefind has written its files, this keeps
 * each page's text apart in small blocks (src/scripts/search-excerpt.ts reads them), and leaves
 * in the fragment only what Pagefind needs to list a result and its sections: the page's address,
 * title and length, and its headings (the anchors that become sub-results) with their places.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PAGEFIND_SIGNATURE as SIGNATURE } from '../hosting/pagefind-brotli';
import { PAGE_LIST, WORD_SEPARATORS, blockCount, textBlock } from '../scripts/search-excerpt';

export interface Anchor {
  element?: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string>;
  anchors: Anchor[];
  filters?: Record<string, string[]>;
}

const titled = (a: Anchor) => Boolean(a.title && /\S/.test(a.title));
/** The anchors Pagefind makes sub-results of: headings with text, and anything with a title. */
const isSubResult = (a: Anchor) => titled(a) || Boolean(/h\d/i.test(a.element ?? '') && a.text && /\S/.test(a.text));

/**
 * The fragment as the browser gets it: no text (the blocks hold it), no filters (the index has
 * them), and only the anchors that become sub-results, each with its label as a title (which
 * Pagefind takes whatever the element).
 */
export function skeleton(f: Fragment): Fragment {
  return {
    url: f.url,
    content: '',
    word_count: f.content.split(WORD_SEPARATORS).length,
    meta: f.meta,
    anchors: f.anchors
      .filter(isSubResult)
      .map((a) => ({ id: a.id, title: (titled(a) ? a.title : a.text) ?? '', location: a.location })),
  };
}

/** A page's text as blocks, in order: block k is the file text/<page>/<k>.txt. */
export function textBlocks(content: string): string[] {
  const words = content.split(WORD_SEPARATORS);
  return Array.from({ length: blockCount(words.length) }, (_, k) => textBlock(words, k));
}

const decode = (file: string): unknown => {
  const raw = gunzipSync(readFileSync(file)).toString('utf8');
  if (!raw.startsWith(SIGNATURE))
    throw new Error(`${file}: not a Pagefind file (no signature); has Pagefind changed its format?`);
  return JSON.parse(raw.slice(SIGNATURE.length));
};
const encode = (value: unknown) => gzipSync(`${SIGNATURE}${JSON.stringify(value)}`, { level: 9 });

const isFragment = (v: unknown): v is Fragment =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Fragment).url === 'string' &&
  typeof (v as Fragment).content === 'string' &&
  Array.isArray((v as Fragment).anchors);

export { PAGE_LIST };

/**
 * What PAGE_LIST holds: every page by Pagefind id, and the values of the country filter, for the
 * search form's menu. Read from the fragments, they need none of Pagefind's filter files.
 */
export interface PageListFile {
  pages: Record<string, { url: string; title: string }>;
  countries: string[];
}

/**
 * Splits every fragment of a written Pagefind bundle into its skeleton and its text blocks, and
 * writes the list of pages (PAGE_LIST), from which results are listed before their outlines
 * arrive, with the countries pages are filtered by. A fragment file holds one page, named by the
 * page's id, or (Pagefind's fragment groups) several pages keyed by id. Returns how many pages
 * it split.
 */
export function splitFragments(bundle: string): number {
  const dir = join(bundle, 'fragment');
  const pages: PageListFile['pages'] = {};
  const countries = new Set<string>();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const data = decode(file);
    const group = isFragment(data) ? { [basename(name, '.pf_fragment')]: data } : (data as Record<string, unknown>);
    const out: Record<string, Fragment> = {};
    for (const [id, fragment] of Object.entries(group)) {
      if (!isFragment(fragment)) throw new Error(`${file}: ${id} is not a fragment Pagefind 1.6 writes; has its format changed?`);
      const blocks = textBlocks(fragment.content);
      mkdirSync(join(bundle, 'text', id), { recursive: true });
      blocks.forEach((text, k) => writeFileSync(join(bundle, 'text', id, `${k}.txt`), text));
      out[id] = skeleton(fragment);
      pages[id] = { url: fragment.url, title: fragment.meta['title'] ?? fragment.url };
      for (const c of fragment.filters?.['country'] ?? []) countries.add(c);
    }
    writeFileSync(file, encode(isFragment(data) ? Object.values(out)[0] : out));
  }
  const list: PageListFile = { pages, countries: [...countries].sort((a, b) => a.localeCompare(b, 'en')) };
  writeFileSync(join(bundle, PAGE_LIST), JSON.stringify(list));
  return Object.keys(pages).length;
}
