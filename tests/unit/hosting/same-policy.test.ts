/**
 * Every place the serving policy is written carries the same policy: the nginx config, the
 * _headers file, and the CloudFront policy in the README are read back and compared with
 * src/hosting/policy.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudFrontPolicy } from '../../../src/hosting/cloudfront';
import { headersFile } from '../../../src/hosting/headers-file';
import { nginxConfig } from '../../../src/hosting/nginx';
import { CACHE, CACHE_RULES, HEADER_CSP, HSTS, SECURITY_HEADERS, cacheControlFor, headersFor } from '../../../src/hosting/policy';
import { contentType } from '../../../src/integrations/static-files';
import { BEGIN, END, readmeBlock } from '../../../src/hosting/readme-block';

const SAMPLES = [
  '/',
  '/decline/',
  '/_astro/a.B1.js',
  '/pagefind/index/en_1.pf_index',
  '/pagefind/fragment/en_2.pf_fragment',
  '/pagefind/filter/en_3.pf_filter',
  '/pagefind/pagefind.en_4.pf_meta',
  '/pagefind/pagefind.js',
  '/pagefind/wasm.en.pagefind',
  '/charts/x.svg',
  '/data/figures.csv',
  '/sitemap.xml',
];

const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
/** The Content-Type nginx sends for a path (pages are index.html files). */
const typeOf = (path: string) => contentType(path.endsWith('/') ? `${path}index.html` : path);

/**
 * nginx: the headers a response gets. Each location's add_header lines (a path falls in the first
 * regex location that matches, else "/", as in nginx), a `$variable` value resolved through its
 * `map` on the Content-Type (a regex, then the default); an empty value is not sent.
 */
function nginxHeaders(conf: string, path: string, type: string): Record<string, string> {
  const maps = new Map(
    [
      ...conf.matchAll(/map \$sent_http_content_type (\$\w+) \{\n {4}"((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)";\n {4}default "";/g),
    ].map((m) => {
      const regex = unquote(m[2] ?? '');
      expect(regex.startsWith('~*')).toBe(true);
      return [m[1] ?? '', { regex: new RegExp(regex.slice(2), 'i'), value: unquote(m[3] ?? '') }] as const;
    }),
  );
  const blocks = [...conf.matchAll(/location (~ (\S+)|\/) \{\n([\s\S]*?)\n {4}\}/g)].map((m) => ({
    regex: m[2] ? new RegExp(m[2]) : undefined,
    lines: [...(m[3] ?? '').matchAll(/add_header (\S+) ("(?:[^"\\]|\\.)*"|\$\w+) always;/g)],
  }));
  const block = blocks.find((b) => b.regex?.test(path)) ?? blocks.find((b) => !b.regex);
  const headers: Record<string, string> = {};
  for (const [, name = '', raw = ''] of block?.lines ?? []) {
    const map = maps.get(raw);
    if (raw.startsWith('$')) expect(map, `${raw} has a map`).toBeDefined();
    const value = map ? (map.regex.test(type) ? map.value : '') : unquote(raw.slice(1, -1));
    if (value) headers[name] = value;
  }
  return headers;
}

/** _headers: every rule that matches a path, merged, as Netlify and Cloudflare Pages do. */
function hostHeaders(file: string, path: string): Record<string, string> {
  const merged: Record<string, string> = {};
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('/')) {
      const pattern = line.trim().replace(/[.]/g, '\\.').replaceAll('*', '.*');
      matches = new RegExp(`^${pattern}$`).test(path);
    } else if (matches && /^\s+\S+: /.test(line)) {
      const [, name = '', value = ''] = /^\s+([^:]+): (.*)$/.exec(line) ?? [];
      expect(merged[name], `${name} set twice for ${path}`).toBeUndefined();
      merged[name] = value;
    }
  }
  return merged;
}

describe('the same policy everywhere', () => {
  const conf = nginxConfig({ root: '/srv/site', runDir: '/tmp/run', port: 8080 });

  it.each(SAMPLES)('nginx sends the policy for %s', (path) => {
    expect(nginxHeaders(conf, path, typeOf(path))).toEqual(headersFor(path, typeOf(path)));
  });

  it('nginx sends the document headers with every type a browser opens as a document, and only those', () => {
    for (const type of ['text/html; charset=utf-8', 'image/svg+xml', 'application/xml; charset=utf-8', 'text/xml'])
      expect(nginxHeaders(conf, '/x', type), type).toEqual(headersFor('/x', type));
    for (const type of ['application/octet-stream', 'application/json', 'text/plain; charset=utf-8', 'image/svg'])
      expect(nginxHeaders(conf, '/x', type), type).toEqual(headersFor('/x', type));
    expect(Object.keys(nginxHeaders(conf, '/x', 'application/json'))).not.toContain('Content-Security-Policy');
  });

  it('nginx has one location per cache rule and sends its headers on errors too', () => {
    expect(conf.match(/^ {4}location /gm)?.length).toBe(CACHE_RULES.length + 1); // + /_headers
    expect(conf).not.toMatch(/add_header (?!.* always;$)/m);
    expect(conf).toContain('error_page 404 /404.html;');
  });

  it.each(SAMPLES)('_headers gives %s every security header (its rules match paths, not types) and its cache rule', (path) => {
    const headers = hostHeaders(headersFile(), path);
    const cacheControl = cacheControlFor(path);
    const expected: Record<string, string> = {
      ...SECURITY_HEADERS,
      [HSTS.name]: HSTS.value,
      ...(cacheControl === CACHE.revalidate ? {} : { 'Cache-Control': cacheControl }),
    };
    expect(headers).toEqual(expected);
  });

  it('the README carries the CloudFront policy and cache rules as the policy states them (npm run hosting:docs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf(BEGIN), readme.indexOf(END) + END.length);
    expect(block, 'README.md is out of date: run npm run hosting:docs').toBe(readmeBlock());
    const json = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(block)?.[1] ?? '{}') as ReturnType<typeof cloudFrontPolicy> & {
      SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
      CustomHeadersConfig: { Items: { Header: string; Value: string }[] };
    };
    expect(json.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(HEADER_CSP);
    const custom = Object.fromEntries(json.CustomHeadersConfig.Items.map((i) => [i.Header, i.Value]));
    expect(custom).toEqual({
      'Permissions-Policy': SECURITY_HEADERS['Permissions-Policy'],
      'Cross-Origin-Opener-Policy': SECURITY_HEADERS['Cross-Origin-Opener-Policy'],
    });
  });
});
