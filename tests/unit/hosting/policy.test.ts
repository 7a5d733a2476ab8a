import { describe, expect, it } from 'vitest';
import {
  CACHE,
  CACHE_RULES,
  DOCUMENT_HEADERS,
  EVERY_RESPONSE_HEADERS,
  HEADER_CSP,
  META_CSP,
  cacheControlFor,
  headersFor,
  isDocumentType,
  pathPattern,
} from '../../../src/hosting/policy';

describe('cache rules', () => {
  it.each([
    ['/_astro/site.DWr0J_SQ.js', CACHE.immutable],
    ['/_astro/charts.Bzlm86FJ.css', CACHE.immutable],
    ['/pagefind/index/en_1705f2e.pf_index', CACHE.immutable],
    ['/pagefind/fragment/en_2cb516c.pf_fragment', CACHE.immutable],
    ['/pagefind/filter/en_1f1e07e.pf_filter', CACHE.immutable],
    ['/pagefind/pagefind.en_a8972914fa.pf_meta', CACHE.immutable],
    ['/pagefind/text/en_2cb516c/3.txt', CACHE.immutable],
    ['/pagefind/pages.json', CACHE.revalidate],
    ['/pagefind/pagefind.js', CACHE.revalidate],
    ['/pagefind/pagefind-entry.json', CACHE.revalidate],
    ['/pagefind/wasm.en.pagefind', CACHE.revalidate],
    ['/charts/monthly-flow.svg', CACHE.day],
    ['/charts/monthly-flow.csv', CACHE.day],
    ['/data/figures.csv', CACHE.day],
    ['/', CACHE.revalidate],
    ['/decline/', CACHE.revalidate],
    ['/sitemap.xml', CACHE.revalidate],
    ['/robots.txt', CACHE.revalidate],
    ['/figure-previews.json', CACHE.revalidate],
  ])('%s: %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
    expect(headersFor(path, 'application/octet-stream')['Cache-Control']).toBe(expected);
  });

  it('matches a pattern by whole path, "*" within one segment unless it ends the pattern', () => {
    expect(pathPattern('/pagefind/*.pf_meta').test('/pagefind/x/y.pf_meta')).toBe(false);
    expect(pathPattern('/_astro/*').test('/_astro/deep/file.js')).toBe(true);
    expect(pathPattern('/_astro/*').test('/x/_astro/file.js')).toBe(false);
    expect(pathPattern('/charts/*').test('/charts.svg')).toBe(false);
  });

  it('ends with a rule for every path, so no file goes without one', () => {
    expect(CACHE_RULES.at(-1)?.path).toBe('/*');
  });
});

describe('content security policy', () => {
  it('is strict: no unsafe-inline or unsafe-eval, nothing from other hosts', () => {
    expect(HEADER_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(META_CSP).toMatch(/^default-src 'self'; /);
  });
  it('forbids framing in the header only: browsers ignore frame-ancestors in a <meta>', () => {
    expect(HEADER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`);
    expect(META_CSP).not.toContain('frame-ancestors');
  });
});

describe('which responses carry the document headers', () => {
  it.each(['text/html; charset=utf-8', 'image/svg+xml', 'application/xml; charset=utf-8', 'TEXT/HTML', 'text/xml'])(
    '%s is a document: CSP, Permissions-Policy and COOP',
    (type) => {
      expect(isDocumentType(type)).toBe(true);
      expect(headersFor('/x/', type)).toEqual({
        ...EVERY_RESPONSE_HEADERS,
        ...DOCUMENT_HEADERS,
        'Cache-Control': CACHE.revalidate,
      });
    },
  );
  it.each([
    'text/javascript; charset=utf-8',
    'application/json',
    'application/octet-stream',
    'text/plain',
    'text/csv',
    'image/png',
    'text/htmlx',
  ])('%s is not: nosniff and Referrer-Policy only', (type) => {
    expect(isDocumentType(type)).toBe(false);
    expect(headersFor('/_astro/a.js', type)).toEqual({ ...EVERY_RESPONSE_HEADERS, 'Cache-Control': CACHE.immutable });
  });
  it('every response says nosniff and no-referrer', () => {
    expect(EVERY_RESPONSE_HEADERS).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    expect(Object.keys(DOCUMENT_HEADERS).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
    ]);
  });
});
