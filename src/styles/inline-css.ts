/**
 * The site-wide stylesheet, inlined into every page's <head>: no request and no extra round trip
 * before the first paint. Built from global, reference and print styles, minified once; the
 * config hashes the same string for the Content-Security-Policy, so the two cannot differ.
 * (Chart styles stay a separate file, loaded only by pages with charts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

const FILES = ['global.css', 'citations.css', 'reference.css', 'print.css'];

let cached: string | undefined;

export function siteCss(dir = join(process.cwd(), 'src', 'styles')): string {
  if (cached) return cached;
  const source = FILES.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  cached = transform({ filename: 'site.css', code: Buffer.from(source), minify: true }).code.toString();
  return cached;
}
