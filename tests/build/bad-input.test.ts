/**
 * Each way the content can be wrong stops the real build with a message that names the file
 * and the problem. Every case builds a copy of the site with one defect in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const COPY = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** Builds a copy of the site after `mutate` edits it; returns the exit code, all output, and `inspect`'s result. */
function buildWith<T = undefined>(
  mutate: (dir: string) => void,
  inspect?: (dir: string) => T,
): { status: number | null; output: string; seen: T | undefined } {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  try {
    for (const name of COPY) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    // Packages are linked one by one so the copy gets caches of its own (node_modules/.astro,
    // .vite): a broken copy must never leave anything behind for the real build to reuse.
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    }
    symlinkSync(join(ROOT, 'node_modules', '.bin'), join(dir, 'node_modules', '.bin'));
    mutate(dir);
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`, seen: inspect?.(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit did not change ${file}`);
  writeFileSync(path, after);
}

const FIGURES = 'content/data/figures/global.yaml';

describe('a defect in the content stops the build and says where', { timeout: 180_000 }, () => {
  it('a figures file that is not valid YAML', () => {
    const r = buildWith((d) =>
      edit(d, FIGURES, (t) => t.replace('  - id: current-monthly-flow', '  - id: current-monthly-flow\n   value: [unclosed')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/data\/figures\/global\.yaml:\d+: not valid YAML/);
  });

  it('a figure missing a required field', () => {
    const r = buildWith((d) =>
      edit(d, FIGURES, (t) => t.replace(/( {2}- id: current-monthly-flow[\s\S]*?) {4}assertedBy: us-intelligence\n/, '$1')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/data\/figures\/global\.yaml:\d+: figure "current-monthly-flow", field "assertedBy"/);
  });

  it('a figure value of the wrong type', () => {
    const r = buildWith((d) =>
      edit(d, FIGURES, (t) => t.replace(/( {2}- id: current-monthly-flow[\s\S]*?)value: 50\n/, '$1value: fifty\n')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/figure "current-monthly-flow", field "value": .*number/);
  });

  it('an unknown figure id in a page', () => {
    const r = buildWith((d) =>
      edit(d, 'content/pages/decline.mdx', (t) => t.replace(/<Fig id="[a-z0-9-]+"/, '<Fig id="no-such-figure"')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/pages\/decline\.mdx:\d+: unknown figure id "no-such-figure"/);
  });

  it('a section id used twice on a page', () => {
    const r = buildWith((d) =>
      edit(d, 'content/pages/decline.mdx', (t) => `${t}\n## Once {#said-twice}\n\nText.\n\n## Twice {#said-twice}\n\nText.\n`),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/pages\/decline\.mdx:\d+: duplicate section id "said-twice"/);
  });

  it('a section heading without an id', () => {
    const r = buildWith((d) => edit(d, 'content/pages/decline.mdx', (t) => `${t}\n## A heading with no id\n\nText.\n`));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/pages\/decline\.mdx:\d+: heading "A heading with no id" has no id/);
  });

  it('a chart placed on a page other than the one charts.yaml names', () => {
    const r = buildWith((d) =>
      edit(d, 'content/pages/causes.mdx', (t) => t.replace(/^## /m, '<Chart id="monthly-flow" />\n\n## ')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/pages\/causes\.mdx:\d+: chart "monthly-flow" is placed here, but content\/data\/charts\.yaml gives its page as "decline"/,
    );
  });

  it('a chart that charts.yaml puts on a page which does not place it', () => {
    const r = buildWith((d) => edit(d, 'content/pages/decline.mdx', (t) => t.replace('<Chart id="monthly-flow" />', '')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/pages\/decline\.mdx: content\/data\/charts\.yaml puts chart "monthly-flow" on this page, but the page does not place it/,
    );
  });

  it('a page with no entry in the page list', () => {
    const r = buildWith((d) =>
      writeFileSync(
        join(d, 'content/pages/extra.mdx'),
        '---\ntitle: Extra\ndescription: A page that site.ts does not list, which must stop the build with its name.\nupdated: 2026-01-01\n---\n\nText.\n',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/pages\/extra\.mdx: no entry in NAV \(src\/site\.ts\)/);
  });

  it('an event without a source', () => {
    const r = buildWith((d) =>
      edit(d, 'content/data/events.yaml', (t) =>
        t.replace(/(- id: caliphate-declared[\s\S]*?) {2}sources: \[[^\]]*\]\n/, '$1  sources: []\n'),
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/data\/events\.yaml:\d+: event "caliphate-declared", field "sources": every event needs at least one source/,
    );
  });

  it('a figure that cites a source that does not exist', () => {
    const r = buildWith((d) =>
      edit(d, FIGURES, (t) =>
        t.replace(/( {2}- id: current-monthly-flow[\s\S]*?)publishedIn: \[wapo-2016-09-09\]/, '$1publishedIn: [wapo-2016-09-99]'),
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /figure "current-monthly-flow", field "publishedIn\[0\]": unknown source id "wapo-2016-09-99" \(did you mean "wapo-2016-09-09"\?\)/,
    );
  });
});

describe('a renamed section id', { timeout: 180_000 }, () => {
  it('keeps working: the old id is written into the section it became', () => {
    const r = buildWith(
      (d) =>
        writeFileSync(join(d, 'content/data/retired-anchors.yaml'), '- page: causes\n  id: turkey-list\n  now: no-entry-list\n'),
      (d) => readFileSync(join(d, 'dist/causes/index.html'), 'utf8'),
    );
    expect(r.status).toBe(0);
    expect(r.seen).toMatch(/<h2 id="no-entry-list"[^>]*><span id="turkey-list"><\/span>/);
  });

  it('must name a page that exists', () => {
    const r = buildWith((d) =>
      writeFileSync(join(d, 'content/data/retired-anchors.yaml'), '- page: causez\n  id: old\n  now: no-entry-list\n'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/retired-anchors\.yaml: retired anchor "old", field "page": unknown page "causez"/);
  });
});
