/**
 * What the build hands to a host, read from dist/: the policy's <meta> first in every page, a hash
 * in the policy for each piece of inline code and none for code that is not there, brotli and
 * gzip copies of every text file, brotli copies of Pagefind's files, and the _headers file for
 * Netlify and Cloudflare Pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { htmlFiles } from '../../src/integrations/html-files';
import { COMPRESSIBLE } from '../../src/integrations/static-files';
import { headersFile } from '../../src/hosting/headers-file';
import { PAGEFIND_FILE } from '../../src/hosting/pagefind-brotli';
import { NAV } from '../../src/site';
import { CSP_DIRECTIVES, META_CSP, cspHash } from '../../src/hosting/policy';

const all = readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((f) => join('dist', f));
const svgs = all.filter((f) => f.startsWith('dist/charts/') && f.endsWith('.svg'));

test('every page starts its <head> with the charset and then the policy', () => {
  for (const file of htmlFiles('dist')) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const [charset, csp] = [...document.head.children];
    expect(charset?.getAttribute('charset'), file).toBe('utf-8');
    expect(csp?.getAttribute('http-equiv'), file).toBe('content-security-policy');
    expect(csp?.getAttribute('content'), file).toBe(META_CSP);
  }
});

test('the policy has a hash for each piece of inline code the site ships, and no other', () => {
  const inline = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const file of [...htmlFiles('dist'), ...svgs]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
      if (/\ssrc=/.test(m[2] ?? '')) continue;
      inline[m[1] === 'script' ? 'script-src' : 'style-src'].add(cspHash(m[3] ?? ''));
    }
    expect(text, file).not.toMatch(/\s(on[a-z]+|style)="/i);
  }
  for (const directive of ['script-src', 'style-src'] as const) {
    const hashes = (CSP_DIRECTIVES.find(([name]) => name === directive) ?? []).filter((s) => s.startsWith("'sha256-"));
    expect(hashes.sort(), directive).toEqual([...inline[directive]].sort());
  }
});

test('every text file has a brotli and a gzip copy with the same content; Pagefind’s files a brotli copy of their content, and themselves as .gz', () => {
  const text = all.filter((f) => COMPRESSIBLE.has(extname(f)));
  expect(text.length).toBeGreaterThan(20);
  for (const file of text) {
    const original = readFileSync(file);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), file).toBe(true);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), file).toBe(true);
  }
  const pagefind = all.filter((f) => PAGEFIND_FILE.test(f));
  expect(pagefind.length).toBeGreaterThan(10);
  for (const file of pagefind) {
    expect(readFileSync(`${file}.gz`).equals(readFileSync(file)), file).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(gunzipSync(readFileSync(file))), file).toBe(true);
  }
});

test('the build writes the policy as a _headers file for Netlify and Cloudflare Pages', () => {
  expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile());
});

test('every reference page, its parts included, weights its section headings for search', () => {
  const reference = NAV.filter((n) => n.kind === 'reference');
  expect(reference.some((n) => n.id.includes('/'))).toBe(true);
  for (const { id } of reference) {
    const html = readFileSync(`dist/${id}/index.html`, 'utf8');
    const headings = [...html.matchAll(/<h[23] id="(?!search-dialog)[^"]*"[^>]*>/g)].map((m) => m[0]);
    if (headings.length === 0) continue;
    for (const h of headings) expect(h, id).toMatch(/data-pagefind-weight="[\d.]+"/);
  }
});
