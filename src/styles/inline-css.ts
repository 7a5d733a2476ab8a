/**
 * The site-wide stylesheet, inlined into every page's <head>: no request and no extra round trip
 * before the first paint. Joined from one file per concern, in cascade order, and minified once;
 * the config hashes the same string for the Content-Security-Policy, so the two cannot differ.
 * (Chart styles stay a separate file, loaded only by pages with charts: see chart-css.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

/** Tokens first (every other file reads them), print last (it overrides them). */
export const SITE_CSS_FILES = [
  'tokens.css', // colours, fonts, measure: the design tokens, light and dark
  'base.css', // reset, elements, shared helpers
  'layout.css', // header, reading column, contents list, previous/next, footer
  'prose.css', // section headings, cards, notes
  'citations.css', // figures in the text: the figure as its source link, and its preview
  'share.css', // the share button and its popover
  'search.css', // the search form, dialog and results
  'reference.css', // reference lists: events, sources, facts
  'print.css',
];

let cached: string | undefined;

export function siteCss(dir = join(process.cwd(), 'src', 'styles')): string {
  if (cached) return cached;
  const source = SITE_CSS_FILES.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  cached = transform({ filename: 'site.css', code: Buffer.from(source), minify: true }).code.toString();
  return cached;
}
