/**
 * Checks the HTML a build wrote, as a reader's browser would follow it: every internal link and
 * fragment lands on a page, file or element; no page repeats an id; links to other sites carry
 * the site's rel; every published anchor still resolves; every retired anchor leads somewhere;
 * every page in the navigation was built. Each problem names the file to fix, with its line
 * where the link was written by hand.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFiles, pathOfFile } from './html-files';

/** Everything the check compares the built pages with. */
export interface SiteFacts {
  /** The project folder: file names in messages are relative to it. */
  root: string;
  /** The built site. */
  dist: string;
  /** Pages in the navigation: content id and the path it is served at. */
  nav: { id: string; path: string }[];
  /** Renamed section ids (content/data/retired-anchors.yaml). */
  retired: { page: string; path: string; id: string; now: string; file: string; line: number }[];
  /** The list of published anchors ("/page/#id" a line), and its file. */
  published: { file: string; text: string } | undefined;
  /** The rel every link to another site carries. */
  externalRel: string;
  /** The MDX source of a page, by its path, for pointing at the line a link was written on. */
  sourceOf: (path: string) => string | undefined;
  /** Files whose lines may hold a link written by hand (data files). */
  dataFiles: string[];
}

interface BuiltPage {
  path: string;
  file: string;
  ids: Set<string>;
  doc: Document;
}

/** The line of `file` that holds `needle`, as "file:line", or undefined. */
function lineOf(root: string, file: string, needle: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(needle);
  return at < 0 ? undefined : `${relative(root, file)}:${text.slice(0, at).split('\n').length}`;
}

/** " (did you mean "x"?)" for an id that differs from an existing one by a little. */
function closest(id: string, ids: Set<string>): string {
  let best = '';
  let bestScore = 0;
  const words = new Set(id.split('-'));
  for (const candidate of ids) {
    const shared = candidate.split('-').filter((w) => words.has(w)).length / Math.max(words.size, 1);
    const prefix = candidate.startsWith(id.slice(0, Math.max(3, id.length - 2))) ? 0.5 : 0;
    const score = Math.max(shared, prefix);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore >= 0.5 ? ` (did you mean "${best}"?)` : '';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Problems in the built site; empty when every check holds. */
export function checkBuiltSite(site: SiteFacts): string[] {
  const problems: string[] = [];
  const pages = new Map<string, BuiltPage>();
  for (const file of htmlFiles(site.dist)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const path = pathOfFile(site.dist, file);
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) {
      const id = el.getAttribute('id') ?? '';
      if (ids.has(id)) problems.push(`${describe(site, path, file)}: id "${id}" is used twice on the page`);
      ids.add(id);
    }
    pages.set(path, { path, file, ids, doc: document });
  }

  /** Where a link on a page was written: the page's MDX line, a data file's line, or the built page. */
  const origin = (page: BuiltPage, href: string): string => {
    const needle = `(${href})`;
    const mdx = site.sourceOf(page.path);
    const inPage = mdx ? (lineOf(site.root, mdx, needle) ?? lineOf(site.root, mdx, `"${href}"`)) : undefined;
    const inData = inPage ? undefined : site.dataFiles.map((f) => lineOf(site.root, f, href)).find(Boolean);
    return inPage ?? (inData ? `${inData} (shown on ${page.path})` : describe(site, page.path, page.file));
  };

  for (const page of pages.values()) {
    for (const a of page.doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      const problem = linkProblem(href, page.path, a.getAttribute('rel'));
      if (problem) problems.push(`${origin(page, href)}: ${problem}`);
    }
    for (const el of page.doc.querySelectorAll('img[src], script[src], link[href], source[src]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      if (el.tagName === 'LINK' && !/\b(stylesheet|icon|preload|modulepreload)\b/.test(el.getAttribute('rel') ?? '')) continue;
      if (url.startsWith('data:')) continue; // inlined into the page (the favicon): loads nothing
      const target = new URL(url, `https://site.invalid${page.path}`);
      if (target.origin !== 'https://site.invalid') {
        problems.push(`${describe(site, page.path, page.file)}: <${el.tagName.toLowerCase()}> loads ${url} from another host`);
      } else if (!existsSync(join(site.dist, decode(target.pathname)))) {
        problems.push(`${describe(site, page.path, page.file)}: <${el.tagName.toLowerCase()}> loads ${url}, which was not built`);
      }
    }
  }

  function linkProblem(href: string, from: string, rel: string | null): string | undefined {
    if (href === '' || href === '#') return undefined;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') {
      const tokens = new Set((rel ?? '').split(/\s+/).filter(Boolean));
      const wanted = site.externalRel.split(' ');
      return wanted.every((t) => tokens.has(t)) && tokens.size === wanted.length
        ? undefined
        : `link to ${href} has rel="${rel ?? ''}"; every link to another site carries rel="${site.externalRel}"`;
    }
    if (scheme === 'mailto') return undefined;
    if (scheme !== undefined) return `link to "${href}": a ${scheme}: link is not allowed`;
    if (href.startsWith('//')) return `link to "${href}": write the scheme, https://…`;
    const url = new URL(href, `https://site.invalid${from}`);
    const target = pages.get(url.pathname);
    const id = decode(url.hash.slice(1));
    if (target) {
      if (id && !target.ids.has(id))
        return `link to "${href}": ${url.pathname} has no element with id "${id}"${closest(id, target.ids)}`;
      return undefined;
    }
    const onDisk = join(site.dist, decode(url.pathname));
    if (existsSync(onDisk) && statSync(onDisk).isFile()) return undefined;
    if (pages.has(`${url.pathname}/`)) return `link to "${href}": write ${url.pathname}/ (with the final slash)`;
    return `link to "${href}": no page or file ${url.pathname} was built`;
  }

  if (site.published) {
    site.published.text.split('\n').forEach((raw, i) => {
      const anchor = raw.trim();
      if (!anchor || anchor.startsWith('#')) return;
      const [path = '', id = ''] = anchor.split('#');
      const page = pages.get(path);
      const at = `${relative(site.root, site.published?.file ?? '')}:${i + 1}`;
      if (!page) problems.push(`${at}: published anchor ${anchor} no longer resolves: no page ${path} was built`);
      else if (!page.ids.has(id))
        problems.push(
          `${at}: published anchor ${anchor} no longer resolves: ${path} has no element with id "${id}"${closest(id, page.ids)}; if the section was renamed, add "- page: …\\n  id: ${id}\\n  now: <its new id>" to content/data/retired-anchors.yaml`,
        );
    });
  }

  for (const r of site.retired) {
    const page = pages.get(r.path);
    const at = `${relative(site.root, r.file)}:${r.line}: retired anchor "${r.id}"`;
    if (!page) continue; // an unknown page is reported when the data is loaded
    if (!page.ids.has(r.now))
      problems.push(
        `${at}, field "now": ${r.path} has no section "${r.now}"${closest(r.now, page.ids)}, so the old id leads nowhere`,
      );
    else if (!page.ids.has(r.id)) problems.push(`${at}, field "id": the old id was not written into ${r.path}`);
  }

  for (const n of site.nav) {
    if (!pages.has(n.path))
      problems.push(
        `src/site.ts: NAV entry "${n.id}": no page was built at ${n.path}; add content/pages/${n.id}.mdx or remove the entry`,
      );
  }
  return problems;
}

/** "content/pages/decline.mdx (built as dist/decline/index.html)" or just the built file. */
function describe(site: SiteFacts, path: string, file: string): string {
  const mdx = site.sourceOf(path);
  const built = relative(site.root, file);
  return mdx ? `${relative(site.root, mdx)} (built as ${built})` : built;
}

/** Data files under a folder, for finding where a link was written. */
export function dataFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|csv)$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}
