/**
 * Real builds of broken copies of the site: bad input stops `astro build` itself, so neither
 * `npm start` nor a deploy can publish it. The checks collect every problem before stopping,
 * so one build can prove several cases. (Each case on its own, with its exact message, is in
 * data.test.ts and pages.test.ts; here the point is that the build runs them.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, edit } from './helpers';

/** Builds take 10–30 s on a busy two-core machine. */
const BUILD = { timeout: 240_000 };

describe('bad input stops the build, naming the file and line', () => {
  it('bad data, a bad page date and a bad setting stop it before any page compiles', BUILD, () => {
    const r = buildWith(
      (d) => {
        edit(d, 'content/data/figures/global.yaml', (t) =>
          t.replace(/(- id: current-monthly-flow[\s\S]*?)value: 50\n/, '$1value: -50\n'),
        );
        edit(d, 'content/pages/decline.mdx', (t) => t.replace(/updated: .*/, 'updated: 2016-02-30'));
      },
      undefined,
      // An address without its scheme: readers' mail programs would not open it.
      { SITE_CORRECTIONS: 'corrections@example.org' },
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'SITE.corrections (src/site.ts, or SITE_CORRECTIONS when building): "corrections@example.org" must be mailto:',
    );
    expect(r.output).toMatch(
      /content\/data\/figures\/global\.yaml:\d+: figure "current-monthly-flow", field "value": -50 is negative/,
    );
    expect(r.output).toMatch(/content\/pages\/decline\.mdx:4: front matter, field "updated": "2016-02-30" is not a date/);
    // Astro's own "Location" line points at the data file, not at the code that read it.
    expect(r.output).toMatch(/Location:\s+\S*content\/data\/figures\/global\.yaml:\d+/);
    expect(r.output).not.toMatch(/\[build\] Building static entrypoints/);
  });

  it('code in a page stops it, located at its line (not "page.mdx:0:0")', BUILD, () => {
    const r = buildWith((d) => edit(d, 'content/pages/decline.mdx', (t) => `${t}\nexport const home = process.env.HOME;\n`));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/pages\/decline\.mdx:(\d+): an export statement runs code when the site is built/);
    const line = /decline\.mdx:(\d+): an export/.exec(r.output)?.[1];
    expect(r.output).toMatch(new RegExp(`Location:\\s+\\S*content/pages/decline\\.mdx:${line}:\\d+`));
    expect(r.output).not.toMatch(/decline\.mdx:0:0/);
  });

  it(
    'broken links, a renamed published anchor, a retired anchor leading nowhere and a page missing from the navigation stop it when done',
    BUILD,
    () => {
      const r = buildWith((d) => {
        edit(
          d,
          'content/pages/decline.mdx',
          (t) => `${t}\nSee [a page that is gone](/no-such-page/) and [a typo](/causes/#border-seald).\n`,
        );
        edit(d, 'content/pages/causes.mdx', (t) => t.replace('{#intelligence-sharing}', '{#shared-intelligence}'));
        writeFileSync(
          join(d, 'content/data/retired-anchors.yaml'),
          '- page: causes\n  id: turkey-list\n  now: no-such-section\n',
        );
        edit(d, 'src/site.ts', (t) =>
          t.replace(
            "{ id: 'sources',",
            "{ id: 'not-written-yet', label: 'Not written yet', theme: 'reference', header: false },\n  { id: 'sources',",
          ),
        );
      });
      expect(r.status).not.toBe(0);
      const out = r.output;
      expect(out).toMatch(
        /content\/pages\/decline\.mdx:\d+: link to "\/no-such-page\/": no page or file \/no-such-page\/ was built/,
      );
      expect(out).toMatch(
        /content\/pages\/decline\.mdx:\d+: link to "\/causes\/#border-seald": \/causes\/ has no element with id "border-seald" \(did you mean "border-sealed"\?\)/,
      );
      expect(out).toMatch(
        /content\/pages\/index\.mdx:\d+: link to "\/causes\/#intelligence-sharing": \/causes\/ has no element with id/,
      );
      expect(out).toMatch(
        /tests\/published-anchors\.txt:\d+: published anchor \/causes\/#intelligence-sharing no longer resolves: \/causes\/ has no element with id "intelligence-sharing"/,
      );
      expect(out).toMatch(
        /content\/data\/retired-anchors\.yaml:1: retired anchor "turkey-list", field "now": \/causes\/ has no section "no-such-section"/,
      );
      expect(out).toMatch(
        /src\/site\.ts: NAV entry "not-written-yet": no page was built at \/not-written-yet\/; add content\/pages\/not-written-yet\.mdx/,
      );
    },
  );
});

describe('a deployment without its address', () => {
  it('stops in CI when SITE_URL is not set, saying what to set', BUILD, () => {
    const r = buildWith(() => undefined, undefined, { SITE_URL: '', CI: 'true' });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/SITE_URL is not set.*and CI is set: set SITE_URL to the address the site is deployed at/);
    expect(r.output).not.toMatch(/Complete!/);
  });
});

describe('a good build', () => {
  it(
    'keeps a renamed section id working, sorts names the English way under a Swedish locale, and marks external links',
    BUILD,
    () => {
      const swedish = { LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8' };
      // The machine really sorts Ö after Z under this locale, so the build below is a real test.
      const local = execFileSync(
        process.execPath,
        ['-e', "console.log(['Ömer', 'Paul'].sort((a, b) => a.localeCompare(b)).join())"],
        {
          env: { ...process.env, ...swedish },
          encoding: 'utf8',
        },
      );
      expect(local.trim()).toBe('Paul,Ömer');

      const r = buildWith(
        (d) => {
          writeFileSync(
            join(d, 'content/data/retired-anchors.yaml'),
            '- page: causes\n  id: turkey-list\n  now: no-entry-list\n',
          );
          edit(
            d,
            'content/data/people.yaml',
            (t) =>
              `${t}\n- id: celik\n  name: Ömer Çelik\n  kind: person\n  about: A name that sorts differently in Swedish, for a test.\n`,
          );
          edit(d, 'content/pages/decline.mdx', (t) => `${t}\nÖmer Çelik is a name used by a test.\n`);
        },
        (d) => ({
          causes: readFileSync(join(d, 'dist/causes/index.html'), 'utf8'),
          topics: readFileSync(join(d, 'dist/topics/index.html'), 'utf8'),
          sources: readFileSync(join(d, 'dist/sources/index.html'), 'utf8'),
        }),
        // Also a build without SITE_URL on a machine of one's own (no CI): it warns, and goes on.
        { ...swedish, SITE_URL: '', CI: '' },
      );
      expect(r.status, r.output).toBe(0);
      expect(r.output).toMatch(/WARN.*\n\s*⚠\s+SITE_URL is not set, so canonical links/);
      expect(r.output).toMatch(/Links, anchors and navigation checked/);
      expect(r.seen?.causes).toMatch(/<h2 id="no-entry-list"[^>]*><span id="turkey-list"><\/span>/);
      const topics = r.seen?.topics ?? '';
      expect(topics.indexOf('Ömer Çelik')).toBeGreaterThan(topics.indexOf('Olivier Van Raemdonck'));
      expect(topics.indexOf('Ömer Çelik')).toBeLessThan(topics.indexOf('Paul Van Tigchelt'));
      expect(r.seen?.sources).toMatch(/<a href="https:\/\/www\.washingtonpost\.com\/[^"]*" rel="external noreferrer">/);
    },
  );
});
