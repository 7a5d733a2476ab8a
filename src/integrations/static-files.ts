/**
 * Serving files of a built folder safely: the content types, and the one path guard used by
 * scripts/serve.ts (tests and benchmark) and the search index in `astro dev`. Plain Node, no
 * imports of the site's own code, so scripts run by `node` can use it.
 */
import { statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Content types of the files a build writes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types worth compressing: text. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

/**
 * Whether `path` is `root` or inside it, compared by whole path segments: /srv/dist-x is not
 * inside /srv/dist, although its name starts with it.
 */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** What a request for a URL path finds in a folder. */
export type Lookup = { status: 200; file: string } | { status: 400 | 404 };

/**
 * The file a URL path names inside `root`, trying `index.html` for a folder. A malformed
 * percent-encoding (or an encoded NUL) is a bad request; a path that leads outside `root`, or
 * to nothing, is not found.
 */
export function lookUp(root: string, urlPath: string): Lookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const path = join(resolve(root), decoded);
  if (!isInside(root, path)) return { status: 404 };
  for (const file of [path, join(path, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return { status: 200, file };
    } catch {
      // not there: try the next candidate
    }
  }
  return { status: 404 };
}
