/**
 * The production server (nginx, config from src/hosting/policy.ts) sends the policy's headers:
 * nosniff and no-referrer on every response, the document headers (CSP, Permissions-Policy, COOP)
 * on every response a browser opens as a document, errors and redirects included, and each kind
 * of file with its cache rule.
 */
import { expect, test } from '@playwright/test';
import {
  CACHE,
  DOCUMENT_HEADERS,
  EVERY_RESPONSE_HEADERS,
  HEADER_CSP,
  META_CSP,
  SECURITY_HEADERS,
  headersFor,
  isDocumentType,
} from '../../src/hosting/policy';
import { downloads, hashed, pages, unhashed } from './files';
import { fetchRaw } from './server';

/** The security headers as served (by lower-case name): the document ones exactly when the type is a document's. */
function expectSecurityHeaders(headers: Record<string, string>, path: string) {
  for (const [name, value] of Object.entries(EVERY_RESPONSE_HEADERS))
    expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  const document = isDocumentType(headers['content-type'] ?? '');
  for (const [name, value] of Object.entries(DOCUMENT_HEADERS))
    expect(headers[name.toLowerCase()], `${name} on ${path} (${headers['content-type']})`).toBe(document ? value : undefined);
}

test('the policy forbids framing, sniffing, referrers and unused features', () => {
  expect(HEADER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`);
  expect(HEADER_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
  expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
  expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)/);
});

test('every page is sent with the security headers, revalidated, and compressed', async () => {
  for (const path of pages) {
    const res = await fetchRaw(path, { 'Accept-Encoding': 'br, gzip' });
    expect(res.status, path).toBe(200);
    expectDocument(res.headers, path);
    expect(res.headers['cache-control'], path).toBe(CACHE.revalidate);
    expect(res.headers['etag'], path).toBeTruthy();
    expect(res.headers['content-encoding'], path).toBe('br');
    expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
  }
});

test('files with a content hash in their names are cached for a year, immutable, without the document headers', async () => {
  for (const path of Object.values(hashed)) {
    const res = await fetchRaw(path);
    expect(res.status, path).toBe(200);
    expect(res.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-security-policy'], path).toBeUndefined();
    expectSecurityHeaders(res.headers, path);
  }
});

test('files that keep their names revalidate, so a redeploy never leaves search pointing at removed chunks', async () => {
  for (const path of Object.values(unhashed)) {
    const res = await fetchRaw(path);
    expect(res.status, path).toBe(200);
    expect(res.headers['cache-control'], path).toBe('no-cache');
    expect(res.headers['cache-control'], path).toBe(headersFor(path, res.headers['content-type'] ?? '')['Cache-Control']);
    expectSecurityHeaders(res.headers, path);
  }
});

test('downloads are cached for a day; a chart SVG, which opens as a document, carries the CSP', async () => {
  for (const path of downloads) {
    const res = await fetchRaw(path);
    expect(res.status, path).toBe(200);
    expect(res.headers['cache-control'], path).toBe('public, max-age=86400');
    expectSecurityHeaders(res.headers, path);
  }
  const svg = await fetchRaw(downloads[0] ?? '');
  expect(svg.headers['content-type']).toBe('image/svg+xml');
  expect(svg.headers['content-security-policy']).toBe(HEADER_CSP);
});

test('an unchanged page is answered 304 Not Modified, the browser keeping the page’s document headers', async () => {
  const first = await fetchRaw('/decline/');
  const again = await fetchRaw('/decline/', { 'If-None-Match': first.headers['etag'] ?? '' });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  // A 304 has no Content-Type: it carries the headers for every response, not the document ones.
  expect(again.headers['x-content-type-options']).toBe('nosniff');
  expect(again.headers['referrer-policy']).toBe('no-referrer');
  expect(again.headers['content-security-policy']).toBeUndefined();
});

/** An HTML response with every document header: errors and redirects are documents too. */
function expectDocument(headers: Record<string, string>, path: string) {
  expect(headers['content-type'], path).toMatch(/^text\/html(;|$)/);
  expect(headers['content-security-policy'], path).toBe(HEADER_CSP);
  expect(headers['permissions-policy'], path).toBe(DOCUMENT_HEADERS['Permissions-Policy']);
  expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
  expectSecurityHeaders(headers, path);
}

test('an unknown address answers 404 with the site’s 404 page and the headers', async () => {
  for (const path of ['/no-such-page/', '/decline/no-such-file.js', '/_headers']) {
    const res = await fetchRaw(path);
    expect(res.status, path).toBe(404);
    expect(res.body.toString(), path).toContain('<h1');
    expect(res.body.toString(), path).toContain('We could not find that page');
    expectDocument(res.headers, path);
  }
});

test('a page address without its final slash is redirected to the page', async () => {
  const res = await fetchRaw('/decline');
  expect(res.status).toBe(301);
  expect(res.headers['location']).toBe('/decline/');
  expectDocument(res.headers, '/decline');
});
