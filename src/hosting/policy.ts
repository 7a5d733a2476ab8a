/**
 * The site's serving policy, stated once: the Content-Security-Policy, the other security
 * headers and the cache rules. Everything that serves or describes the site is written from
 * here: the CSP <meta> of every page (BaseLayout), the nginx config (`npm run preview:prod`),
 * dist/_headers (Netlify, Cloudflare Pages) and the CloudFront policy in the README. A test
 * (tests/unit/hosting) reads them all back and compares them with this module.
 */
import { createHash } from 'node:crypto';
import { THEME_INIT } from '../scripts/theme-init.ts';
import { siteCss } from '../styles/inline-css.ts';
import { standaloneStyle } from '../charts/standalone-style.ts';

/** A CSP source expression for an inline script or style. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The inline code the site ships, each allowed by its hash and nothing else. A build check
 * (tests/production/build-output.spec.ts) fails when inline code has no hash here or a hash here
 * matches no inline code, so the list cannot drift from what is built.
 */
export const INLINE_CODE = {
  /** Every page's <head>: the saved theme, before the first paint. */
  themeInit: { directive: 'script-src', text: THEME_INIT },
  /** Every page's <head>: the site stylesheet, inlined to save a request. */
  siteCss: { directive: 'style-src', text: siteCss() },
  /** The <style> inside each downloadable chart SVG, opened on its own in a browser. */
  chartDownloadCss: { directive: 'style-src', text: standaloneStyle() },
} as const;

const hashesFor = (directive: string) =>
  Object.values(INLINE_CODE)
    .filter((c) => c.directive === directive)
    .map((c) => cspHash(c.text));

/**
 * The policy's directives. Search runs Pagefind's WebAssembly in the page ('wasm-unsafe-eval'
 * allows compiling it and nothing else) and without a worker, so nothing may start one.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashesFor('script-src')],
  ['style-src', "'self'", ...hashesFor('style-src')],
  ['img-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['worker-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Only a header can forbid framing: browsers ignore (and complain about) it in a <meta>. */
const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [['frame-ancestors', "'none'"]];

const serialise = (directives: ReadonlyArray<readonly string[]>) => directives.map((d) => d.join(' ')).join('; ');

/** The policy as every page's <meta http-equiv="content-security-policy"> carries it. */
export const META_CSP = serialise(CSP_DIRECTIVES);

/** The same policy as the Content-Security-Policy header (sent as DOCUMENT_HEADERS says). */
export const HEADER_CSP = serialise([...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

/**
 * Browser features the site never uses, denied to it and to anything it might embed. Only the
 * clipboard (the Share button copies a link) is allowed, to the site itself. Every name here is
 * one Chromium knows: an unknown one is logged as an error in the console.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'web-share',
  'window-management',
  'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = [...DENIED_FEATURES.map((f) => `${f}=()`), 'clipboard-write=(self)'].join(', ');

/** Headers sent with every response, whatever its path, type or status: how to read any file. */
export const EVERY_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Readers of this subject should not tell the sites they follow links to where they came from.
  'Referrer-Policy': 'no-referrer',
};

/**
 * Headers only a document acts on (CSP 3, Permissions Policy and HTML's COOP apply to the
 * document a response becomes). nginx sends them with every response whose type is one of
 * DOCUMENT_TYPES, errors and redirects included; a 304 has no type and carries none, and the
 * browser keeps those it stored with the page. On a script, a JSON file or the search's
 * WebAssembly they do nothing, and over HTTP/1.1 they would add 1 KB to each of the 13 to 20
 * requests of a first search.
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Media types whose documents can run script or load other files: pages, SVG (chart downloads,
 * the favicon) and XML (the sitemap). Text, CSV, JSON and images opened on their own do neither.
 */
export const DOCUMENT_TYPES = ['text/html', 'image/svg+xml', 'application/xml', 'text/xml'] as const;

/** Whether a Content-Type (parameters allowed) is one of DOCUMENT_TYPES. */
export const isDocumentType = (contentType: string): boolean =>
  (DOCUMENT_TYPES as readonly string[]).includes(contentType.split(';')[0]?.trim().toLowerCase() ?? '');

/**
 * Every security header. Hosts whose rules match paths, not types (_headers, CloudFront) send
 * them all with every response; over HTTP/2 and HTTP/3, which both serve, a header repeated on a
 * connection costs a few bytes.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = { ...EVERY_RESPONSE_HEADERS, ...DOCUMENT_HEADERS };

/**
 * For HTTPS deployments only (every production host): browsers then refuse plain HTTP for two
 * years. Not sent by the local preview, which is plain HTTP on 127.0.0.1.
 */
const HSTS_MAX_AGE = 63072000;
export const HSTS = {
  name: 'Strict-Transport-Security',
  value: `max-age=${HSTS_MAX_AGE}; includeSubDomains`,
  maxAge: HSTS_MAX_AGE,
};

/** Cache-Control values. */
export const CACHE = {
  /** The name changes when the content does: keep it for a year, never ask again. */
  immutable: 'public, max-age=31536000, immutable',
  /** Downloads (chart SVG, PNG and CSV, the dataset) keep their names across releases. */
  day: 'public, max-age=86400',
  /** Pages and files whose names never change: ask every time (a cheap 304 when unchanged). */
  revalidate: 'no-cache',
} as const;

export interface CacheRule {
  /** A path pattern: `*` stands for any characters but "/". */
  path: string;
  cacheControl: string;
  why: string;
}

/**
 * Cache rules, the first match wins. Pagefind's entry files (pagefind.js, pagefind-entry.json,
 * the wasm) keep their names across builds and name the hashed chunks of the current index, so
 * they must revalidate: a long cache on them would point readers at chunks a redeploy removed.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { path: '/_astro/*', cacheControl: CACHE.immutable, why: "Astro's bundles: content hash in the name" },
  { path: '/pagefind/index/*', cacheControl: CACHE.immutable, why: "Pagefind's index chunks: content hash in the name" },
  { path: '/pagefind/fragment/*', cacheControl: CACHE.immutable, why: "Pagefind's page fragments: content hash in the name" },
  { path: '/pagefind/filter/*', cacheControl: CACHE.immutable, why: "Pagefind's filter lists: content hash in the name" },
  {
    path: '/pagefind/text/*',
    cacheControl: CACHE.immutable,
    why: "the site's excerpt text blocks: in a folder named by the page fragment's content hash",
  },
  { path: '/pagefind/*.pf_meta', cacheControl: CACHE.immutable, why: "Pagefind's metadata: content hash in the name" },
  { path: '/charts/*', cacheControl: CACHE.day, why: 'chart downloads (SVG, PNG, CSV): stable names' },
  { path: '/data/*', cacheControl: CACHE.day, why: 'dataset downloads (CSV, JSON): stable names' },
  { path: '/*', cacheControl: CACHE.revalidate, why: 'pages, sitemap, robots and unhashed search entry files' },
];

/** The path pattern as a regular expression over the whole path. */
export function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
  // A pattern ending in "/*" also covers deeper paths; "/*" alone covers everything.
  return new RegExp(`^${escaped.endsWith('/[^/]*') ? `${escaped.slice(0, -'[^/]*'.length)}.*` : escaped}$`);
}

/** The Cache-Control a path is served with. */
export function cacheControlFor(path: string): string {
  const rule = CACHE_RULES.find((r) => pathPattern(r.path).test(path));
  if (!rule) throw new Error(`no cache rule matches ${path}; CACHE_RULES must end with "/*"`);
  return rule.cacheControl;
}

/** Every header a response is served with: by its path (the cache rule) and its type. */
export function headersFor(path: string, contentType: string): Record<string, string> {
  return {
    ...EVERY_RESPONSE_HEADERS,
    ...(isDocumentType(contentType) ? DOCUMENT_HEADERS : {}),
    'Cache-Control': cacheControlFor(path),
  };
}
