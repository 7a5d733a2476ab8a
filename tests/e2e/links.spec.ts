/**
 * Every internal link in the built site, including section anchors, points at something that
 * exists: a page, a file, or an element with that id on the target page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFiles, pathOfFile } from '../../src/integrations/html-files';
import { expect, test } from './fixtures';

const DIST = 'dist';

const pages = new Map(htmlFiles(DIST).map((file) => [pathOfFile(DIST, file), parseHTML(readFileSync(file, 'utf8')).document]));

function idsOn(path: string): Set<string> {
  const doc = pages.get(path);
  return new Set(doc ? [...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? '') : []);
}

test('every internal link and anchor in the built site resolves', () => {
  const broken: string[] = [];
  for (const [path, doc] of pages) {
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${path}`);
      const target = url.pathname;
      const isPage = pages.has(target);
      const isFile = !isPage && existsSync(join(DIST, decodeURIComponent(target)));
      if (!isPage && !isFile) broken.push(`${path}: ${href} (no such page or file)`);
      else if (url.hash && isPage && !idsOn(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${path}: ${href} (no element with that id)`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page repeats an id', () => {
  const repeated: string[] = [];
  for (const [path, doc] of pages) {
    const seen = new Set<string>();
    for (const el of doc.querySelectorAll('[id]')) {
      const id = el.getAttribute('id') ?? '';
      if (seen.has(id)) repeated.push(`${path}#${id}`);
      seen.add(id);
    }
  }
  expect(repeated).toEqual([]);
});

test('every sitemap entry is a built page', () => {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const missing = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).filter((p) => !pages.has(p));
  expect(missing).toEqual([]);
});
