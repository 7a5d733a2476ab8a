import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBuiltSite, type SiteFacts } from '../../src/integrations/link-check';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built site of the given pages ("/a/" → its body HTML), and the facts the check needs. */
function site(pages: Record<string, string>, over: Partial<SiteFacts> = {}): SiteFacts {
  root = mkdtempSync(join(tmpdir(), 'link-check-'));
  const dist = join(root, 'dist');
  for (const [path, body] of Object.entries(pages)) {
    const dir = join(dist, path);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  }
  mkdirSync(join(dist, 'charts'), { recursive: true });
  writeFileSync(join(dist, 'charts', 'flow.csv'), 'a\n');
  return {
    root,
    dist,
    nav: [],
    retired: [],
    published: undefined,
    externalRel: 'external noreferrer',
    sourceOf: () => undefined,
    dataFiles: [],
    ...over,
  };
}

describe('the check of the built site', () => {
  it('passes links to pages, ids, files and other sites written as the site writes them', () => {
    const facts = site({
      '/': '<a href="/a/">a</a> <a href="/a/#x">x</a> <a href="#top" id="top">top</a> <a href="/charts/flow.csv">csv</a>',
      '/a/':
        '<h2 id="x">X</h2><a href="https://example.org/" rel="external noreferrer">ext</a><a href="mailto:a@example.org">m</a>',
    });
    expect(checkBuiltSite(facts)).toEqual([]);
  });

  it('finds a missing page, a missing id, a missing slash and a missing file', () => {
    const problems = checkBuiltSite(
      site({
        '/': '<a href="/b/">b</a><a href="/a/#y">y</a><a href="/a">a</a><a href="/charts/gone.csv">csv</a>',
        '/a/': '<h2 id="x">X</h2>',
      }),
    );
    expect(problems).toEqual([
      'dist/index.html: link to "/b/": no page or file /b/ was built',
      'dist/index.html: link to "/a/#y": /a/ has no element with id "y"',
      'dist/index.html: link to "/a": write /a/ (with the final slash)',
      'dist/index.html: link to "/charts/gone.csv": no page or file /charts/gone.csv was built',
    ]);
  });

  it('finds an id used twice, a link to another site without the rel, a forbidden scheme and a script from elsewhere', () => {
    const problems = checkBuiltSite(
      site({
        '/': '<p id="a"></p><p id="a"></p><a href="https://example.org/">x</a><a href="javascript:alert(1)">j</a><script src="https://cdn.example/x.js"></script>',
      }),
    );
    expect(problems).toEqual([
      'dist/index.html: id "a" is used twice on the page',
      'dist/index.html: link to https://example.org/ has rel=""; every link to another site carries rel="external noreferrer"',
      'dist/index.html: link to "javascript:alert(1)": a javascript: link is not allowed',
      'dist/index.html: <script> loads https://cdn.example/x.js from another host',
    ]);
  });

  it('points at the line of the page source or data file where a link was written', () => {
    const facts = site({ '/': '<a href="/gone/">g</a><a href="/also-gone/">h</a>' });
    writeFileSync(join(root, 'index.mdx'), 'Title\n\nSee [g](/gone/).\n');
    writeFileSync(join(root, 'events.yaml'), '- id: x\n  section: /also-gone/\n');
    const problems = checkBuiltSite({
      ...facts,
      sourceOf: (p) => (p === '/' ? join(root, 'index.mdx') : undefined),
      dataFiles: [join(root, 'events.yaml')],
    });
    expect(problems).toEqual([
      'index.mdx:3: link to "/gone/": no page or file /gone/ was built',
      'events.yaml:2 (shown on /): link to "/also-gone/": no page or file /also-gone/ was built',
    ]);
  });

  it('checks published anchors, retired anchors and the navigation', () => {
    const facts = site({ '/a/': '<h2 id="new"><span id="old"></span>New</h2>' });
    writeFileSync(join(root, 'anchors.txt'), '# header\n/a/#new\n/a/#gone\n/b/#x\n');
    const problems = checkBuiltSite({
      ...facts,
      nav: [
        { id: 'a', path: '/a/' },
        { id: 'b', path: '/b/' },
      ],
      retired: [
        { page: 'a', path: '/a/', id: 'old', now: 'new', file: join(root, 'retired.yaml'), line: 1 },
        { page: 'a', path: '/a/', id: 'older', now: 'newest', file: join(root, 'retired.yaml'), line: 4 },
      ],
      published: { file: join(root, 'anchors.txt'), text: '# header\n/a/#new\n/a/#gone\n/b/#x\n' },
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^anchors\.txt:3: published anchor \/a\/#gone no longer resolves: \/a\/ has no element with id "gone"/,
      ),
      'anchors.txt:4: published anchor /b/#x no longer resolves: no page /b/ was built',
      'retired.yaml:4: retired anchor "older", field "now": /a/ has no section "newest", so the old id leads nowhere',
      'src/site.ts: NAV entry "b": no page was built at /b/; add content/pages/b.mdx or remove the entry',
    ]);
  });
});
