/** Files of the build to ask the server for, one or more of each kind, found in dist/. */
import { readdirSync } from 'node:fs';
import { sitemapPaths } from '../e2e/site-pages';

const list = (dir: string, pattern: RegExp) =>
  readdirSync(`dist/${dir}`)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => `/${dir}/${f}`);

const first = (dir: string, pattern: RegExp): string => {
  const found = list(dir, pattern)[0];
  if (!found) throw new Error(`dist/${dir} has no file matching ${pattern}: build the site first`);
  return found;
};

export const pages = sitemapPaths();

/** Files whose names carry a hash of their content. */
export const hashed = {
  script: first('_astro', /\.js$/),
  stylesheet: first('_astro', /\.css$/),
  searchIndex: first('pagefind/index', /\.pf_index$/),
  searchFragment: first('pagefind/fragment', /\.pf_fragment$/),
  searchFilter: first('pagefind/filter', /\.pf_filter$/),
  searchMeta: first('pagefind', /\.pf_meta$/),
  searchText: `${first('pagefind/text', /^en_/)}/0.txt`,
};

/** Files whose names stay the same from one build to the next. */
export const unhashed = {
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  searchEntry: '/pagefind/pagefind-entry.json',
  searchPages: '/pagefind/pages.json',
  searchScript: '/pagefind/pagefind.js',
  searchEngine: '/pagefind/wasm.en.pagefind',
  figurePreviews: '/figure-previews.json',
};

/** What readers download: charts (SVG, PNG, CSV) and the dataset. */
export const downloads = [
  first('charts', /\.svg$/),
  first('charts', /\.png$/),
  first('charts', /\.csv$/),
  first('data', /\.csv$/),
  first('data', /\.json$/),
];
