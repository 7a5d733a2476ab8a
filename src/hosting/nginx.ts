/**
 * The policy as an nginx configuration that serves a built site: nosniff and Referrer-Policy on
 * every response, the CSP, Permissions-Policy and COOP on documents (by Content-Type), errors and
 * redirects included; the cache rules; the precompressed .br and .gz files; the 404 page; and a
 * redirect from /page to /page/. Used by `npm run preview:prod` and the production-server tests.
 * For a real server, copy the part of the `http` block from the precompression lines to the end
 * (the `map` blocks are needed by the `server` block's headers), and add TLS and the
 * Strict-Transport-Security line it shows.
 */
import { CACHE_RULES, DOCUMENT_HEADERS, DOCUMENT_TYPES, EVERY_RESPONSE_HEADERS, HSTS, pathPattern } from './policy.ts';
import { CONTENT_TYPES } from '../integrations/static-files.ts';

export interface NginxOptions {
  /** The built site (dist/), absolute. */
  root: string;
  /** Where nginx keeps its pid and temporary files, absolute. */
  runDir: string;
  port: number;
  /** The brotli_static module (Debian: libnginx-mod-http-brotli-static). */
  brotliModule?: string | undefined;
  /** The user worker processes run as, when nginx starts as root. */
  user?: string | undefined;
}

export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The variable that holds a document header's value: empty, so not sent, for other types. */
export const documentVariable = (name: string): string => `$document_${name.toLowerCase().replaceAll('-', '_')}`;

/** Matches the Content-Type of a document response, with or without parameters. */
export const DOCUMENT_TYPE_REGEX = `~*^(${DOCUMENT_TYPES.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(;|$)`;

/** A `map` per document header, from the response's Content-Type to the header's value. */
function documentMaps(): string[] {
  return Object.entries(DOCUMENT_HEADERS).flatMap(([name, value]) => [
    `  map $sent_http_content_type ${documentVariable(name)} {`,
    `    ${quote(DOCUMENT_TYPE_REGEX)} ${quote(value)};`,
    '    default "";',
    '  }',
  ]);
}

/** `add_header` lines for a location: nginx drops inherited ones once a block has its own. */
function headerLines(cacheControl: string, indent: string): string[] {
  return [
    ...Object.entries(EVERY_RESPONSE_HEADERS).map(([name, value]) => [name, quote(value)] as const),
    ...Object.keys(DOCUMENT_HEADERS).map((name) => [name, documentVariable(name)] as const),
    ['Cache-Control', quote(cacheControl)] as const,
  ].map(([name, value]) => `${indent}add_header ${name} ${value} always;`);
}

/** A `types` block from the content types the site's files have. */
function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
    const mime = type.split(';')[0] ?? type;
    byType.set(mime, [...(byType.get(mime) ?? []), ext.slice(1)]);
  }
  return ['  types {', ...[...byType].map(([mime, exts]) => `    ${mime} ${exts.join(' ')};`), '  }'];
}

export function nginxConfig(o: NginxOptions): string {
  const charsetTypes = Object.values(CONTENT_TYPES)
    .filter((t) => t.includes('charset=utf-8') && !t.startsWith('text/html'))
    .map((t) => t.split(';')[0])
    .filter((t, i, all) => all.indexOf(t) === i);
  const locations = CACHE_RULES.flatMap((rule) => {
    // "/*" is the server's default, written as the catch-all location.
    const match = rule.path === '/*' ? '/' : `~ ${pathPattern(rule.path).source}`;
    return [`    # ${rule.why}`, `    location ${match} {`, ...headerLines(rule.cacheControl, '      '), '    }'];
  });
  return [
    '# Written by scripts/preview-prod.ts from src/hosting/policy.ts; edit the policy there.',
    ...(o.user ? [`user ${o.user};`] : []),
    ...(o.brotliModule ? [`load_module ${o.brotliModule};`] : []),
    'worker_processes 1;',
    `pid ${o.runDir}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    ...typesBlock(),
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    `  charset_types ${charsetTypes.join(' ')};`,
    '  access_log off;',
    '  sendfile on;',
    '  server_tokens off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${o.runDir}/${t};`),
    '  # For a real server, copy from here to the end into its http block, then add TLS.',
    '  # Files compressed at build time (npm run build), sent as they are; Vary: Accept-Encoding.',
    ...(o.brotliModule ? ['  brotli_static on;'] : []),
    '  gzip_static on;',
    '  gzip_vary on;',
    '  # Headers only documents act on; an empty value is not sent.',
    ...documentMaps(),
    '  server {',
    `    listen 127.0.0.1:${o.port};`,
    `    root ${o.root};`,
    '    index index.html;',
    "    # A missing file is the reader's 404, not an error of the server's.",
    '    log_not_found off;',
    '    # /decline answers 301 to /decline/, with a relative Location.',
    '    absolute_redirect off;',
    '    error_page 404 /404.html;',
    `    # Over HTTPS, add: add_header ${HSTS.name} ${quote(HSTS.value)} always;`,
    '    # The headers file is for other hosts, not for readers.',
    '    location = /_headers { return 404; }',
    ...locations,
    '  }',
    '}',
    '',
  ].join('\n');
}
