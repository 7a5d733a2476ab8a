/**
 * A static file server for the built site, as a CDN would serve it: gzip for text, the 404
 * page for unknown paths, 400 for a malformed address, directory indexes, no caching. Used by
 * the browser tests and the benchmark (`astro preview` allows one server per project and does
 * not compress).
 *
 *   node scripts/serve.ts [--port 4399] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE, contentType, lookUp } from '../src/integrations/static-files.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const port = Number(arg('port', '4399'));
const root = resolve(arg('dir', 'dist'));

const server = createServer((req, res) => {
  // The path as sent, still encoded: lookUp decodes it once, and refuses what does not decode.
  const rawPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
  const found = lookUp(root, rawPath);
  if (found.status === 400) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : 'Bad request: the address is not valid percent-encoding.\n');
    return;
  }
  const path = found.status === 200 ? found.file : join(root, '404.html');
  const ext = extname(path);
  let body = readFileSync(path);
  const headers: Record<string, string> = { 'Content-Type': contentType(path), 'Cache-Control': 'no-store' };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(found.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
// With --port 0 the system picks a free port; the line below says which.
server.listen(port, 'localhost', () => {
  const address = server.address();
  console.log(`Serving ${root} at http://localhost:${typeof address === 'object' && address ? address.port : port}/`);
});
