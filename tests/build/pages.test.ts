/**
 * A page is prose, not a program. Each case compiles a real page (content/pages/decline.mdx)
 * with one defect, through exactly the Markdown options the build uses (MARKDOWN_OPTIONS), and
 * expects the message to name the file and line. built-site.test.ts proves once that the same
 * error stops a real build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../src/data/load';
import { MARKDOWN_OPTIONS } from '../../src/integrations/markdown-plugins';
import { isLiteralSource, linkProblem, providedComponents } from '../../src/integrations/mdx-rules';
import { mdxComponents } from '../../src/components/mdx';
import { unlistedPages } from '../../src/integrations/content-checks';
import { ROOT } from './helpers';

// Compiling a page takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const FILE = 'content/pages/decline.mdx';
const PAGE = readFileSync(join(ROOT, FILE), 'utf8');
/** The line a defect appended to the page lands on. */
const END = PAGE.split('\n').length + 1;

/** The problems compiling the page reports, after `change` edits its text. */
async function compileProblems(change: (text: string) => string): Promise<{ problems: string[]; line: number | undefined }> {
  const text = change(PAGE);
  if (text === PAGE) throw new Error("the test's edit did not change the page");
  try {
    await mdxToJs(text, { ...MARKDOWN_OPTIONS, fileURL: pathToFileURL(join(ROOT, FILE)) });
    return { problems: [], line: undefined };
  } catch (e) {
    if (e instanceof ContentError) return { problems: e.problems, line: e.line };
    throw e;
  }
}

/** The problems of the page with `snippet` appended as a paragraph of its own. */
const withSnippet = (snippet: string) => compileProblems((t) => `${t}\n${snippet}\n`);

describe('the pages as they are', () => {
  it('all pass the rules', () => {
    for (const name of readdirSync(join(ROOT, 'content/pages')).filter((f) => f.endsWith('.mdx'))) {
      const file = join(ROOT, 'content/pages', name);
      expect(
        () => mdxToJs(readFileSync(file, 'utf8'), { ...MARKDOWN_OPTIONS, fileURL: pathToFileURL(file) }),
        name,
      ).not.toThrow();
    }
  });
});

describe('a page may not run code', () => {
  const cases: [string, string, RegExp][] = [
    ['an export statement', 'export const x = process.env.HOME;', /an export statement runs code when the site is built/],
    ['an import from anywhere but the components', "import fs from 'node:fs';", /import from "node:fs": pages import nothing/],
    ['an expression in the text', 'Home: {process.env.HOME}', /\{process\.env\.HOME\} is code; a page holds prose/],
    ['an expression as a paragraph', '{1 + 1}', /\{1 \+ 1\} is code/],
    [
      'a prop that is not a literal',
      '<Fig id="peak-monthly-flow" unit={process.env.X} />',
      /<Fig unit=\{process\.env\.X\}>: a prop takes a literal value/,
    ],
    ['spread props', '<Fig id="peak-monthly-flow" {...props} />', /<Fig> spreads code into its props/],
    ['a <script> element', '<script>alert(1)</script>', /<script> is not allowed: pages hold no code/],
    ['a <style> element', '<style>p</style>', /<style> is not allowed/],
    ['a style= attribute', '<span style="color:red">red</span>', /<span> has a style= attribute/],
    ['an on*= handler', '<span onclick="alert(1)">x</span>', /<span> has an event handler, onclick=/],
    [
      'an on*= handler on a component',
      '<Fig id="peak-monthly-flow" onClick="alert(1)" />',
      /<Fig> has an event handler, onClick=/,
    ],
    ['an <iframe>', '<iframe src="https://tracker.example/" />', /<iframe> is not allowed/],
    ['an <object>', '<object data="x.swf" />', /<object> is not allowed/],
    ['an <embed>', '<embed src="x.swf" />', /<embed> is not allowed/],
    [
      'an image from another host (Markdown)',
      '![pixel](https://tracker.example/p.gif)',
      /image "https:\/\/tracker\.example\/p\.gif" is not a file of this site/,
    ],
    [
      'an image from another host (HTML)',
      '<img src="https://tracker.example/p.gif" alt="" />',
      /<img>: image "https:\/\/tracker\.example\/p\.gif" is not a file of this site/,
    ],
    [
      'a video from another host',
      '<video src="//tracker.example/v.mp4" />',
      /<video>: image "\/\/tracker\.example\/v\.mp4" is not a file of this site/,
    ],
    [
      'a javascript: link',
      '[click](javascript:alert(1))',
      /link to "javascript:alert\(1\)": a javascript: address is not allowed/,
    ],
    ['a data: link', '[click](data:text/html,x)', /link to "data:text\/html,x": a data: address is not allowed/],
    ['an HTML element outside the allow-list', '<marquee>news</marquee>', /<marquee> is not an HTML element pages may use/],
    [
      'an attribute outside the allow-list',
      '<span data-pagefind-weight="10">x</span>',
      /<span> has the attribute data-pagefind-weight=/,
    ],
    ['a component the site does not provide', '<Widget />', /<Widget> is not a component pages may use/],
    ['a raw <h2>', '<h2>A heading</h2>', /<h2> written as HTML: write headings in Markdown/],
    ['a raw <h4>', '<h4>A heading</h4>', /<h4> written as HTML/],
  ];
  for (const [name, snippet, message] of cases) {
    it(name, async () => {
      const { problems, line } = await withSnippet(snippet);
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^${FILE.replace(/[./]/g, '\\$&')}:${END}: ${message.source}`)),
      ]);
      expect(line).toBe(END); // Astro's "Location" line, not 0
    });
  }

  it('reports every problem of a page at once', async () => {
    const { problems } = await withSnippet('<script>alert(1)</script>\n\n<marquee>x</marquee>');
    expect(problems).toHaveLength(2);
  });

  it('but may hold comments, literal props and allowed HTML', async () => {
    const { problems } = await withSnippet(
      '{/* a note for writers */}\n\n<Fig id="peak-monthly-flow" unit={false} />\n\n<div id="box" class="note"><abbr title="Islamic State">IS</abbr></div>\n\n[mail](mailto:x@example.org) [page](/causes/#no-entry-list)',
    );
    expect(problems).toEqual([]);
  });
});

describe('heading ids are published anchors and stay unique', () => {
  it('a heading id that is a chart’s anchor', async () => {
    const { problems } = await withSnippet('## A chart’s name {#chart-monthly-flow}\n\nText.');
    expect(problems).toEqual([
      `${FILE}:${END}: section id "chart-monthly-flow" is the anchor of the chart "monthly-flow"; choose another id`,
    ]);
  });

  it('a heading id that is a figure’s anchor', async () => {
    const { problems } = await withSnippet('## A figure {#fig-peak-monthly-flow}\n\nText.');
    expect(problems).toEqual([
      expect.stringMatching(/section id "fig-peak-monthly-flow" is the anchor of the figure "peak-monthly-flow"/),
    ]);
  });

  it('a section id used twice on a page', async () => {
    const { problems } = await withSnippet('## Once {#said-twice}\n\nText.\n\n## Twice {#said-twice}\n\nText.');
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${FILE}:${END + 4}: duplicate section id "said-twice" \\(first used at ${FILE}:${END}\\)`),
      ),
    ]);
  });

  it('a section heading without an id', async () => {
    const { problems } = await withSnippet('## A heading with no id\n\nText.');
    expect(problems).toEqual([
      `${FILE}:${END}: heading "A heading with no id" has no id; write it as "## A heading with no id {#some-stable-id}"`,
    ]);
  });

  it('an unknown figure id', async () => {
    const { problems, line } = await withSnippet('<Fig id="no-such-figure" />');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${END}: unknown figure id "no-such-figure"`))]);
    expect(line).toBe(END);
  });
});

describe('the rules themselves', () => {
  it('read the components every page gets from src/components/mdx.ts', () => {
    expect(providedComponents().sort()).toEqual(Object.keys(mdxComponents).sort());
  });

  it('refuse an import even of one of the site’s components (mdx.ts provides them)', async () => {
    const { problems } = await compileProblems((t) =>
      t.replace(/\n## /, "\nimport Chart from '@/components/charts/Chart.astro';\n\n## "),
    );
    expect(problems).toEqual([expect.stringMatching(/pages import nothing/)]);
  });

  it('tell literal props from code', () => {
    for (const literal of ['false', '12', '-1', '"x"', '`x`', "['a', 1]", '{ a: 1, b: [true] }', 'null'])
      expect(isLiteralSource(literal)).toBe(true);
    for (const code of [
      'x',
      'process.env.HOME',
      '`${x}`',
      'f()',
      '[...x]',
      '{ [k]: 1 }',
      '{ a }',
      '/re/',
      '1 + 1',
      'false; alert(1)',
    ])
      expect(isLiteralSource(code)).toBe(false);
  });

  it('read a link’s scheme as a browser does', () => {
    expect(linkProblem('java\tscript:alert(1)')).toMatch(/javascript: address is not allowed/);
    expect(linkProblem(' JAVASCRIPT:alert(1)')).toMatch(/javascript: address/);
    expect(linkProblem('vbscript:x')).toMatch(/vbscript: address/);
    expect(linkProblem('file:///etc/passwd')).toMatch(/file: address/);
    for (const ok of ['https://example.org/', 'http://example.org', 'mailto:a@example.org', '/causes/#x', '#x', 'x/y'])
      expect(linkProblem(ok)).toBeUndefined();
  });
});

/** The problems compiling another page of the site reports, after `change` edits its text. */
async function pageProblems(file: string, change: (text: string) => string): Promise<string[]> {
  const before = readFileSync(join(ROOT, file), 'utf8');
  const text = change(before);
  if (text === before) throw new Error("the test's edit did not change the page");
  try {
    await mdxToJs(text, { ...MARKDOWN_OPTIONS, fileURL: pathToFileURL(join(ROOT, file)) });
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

describe('a chart is placed once, on the page charts.yaml names', () => {
  it('a chart placed on another page', async () => {
    const problems = await pageProblems('content/pages/causes.mdx', (t) => `${t}\n<Chart id="monthly-flow" />\n`);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/pages\/causes\.mdx:\d+: chart "monthly-flow" is placed here, but content\/data\/charts\.yaml gives its page as "decline"/,
      ),
    ]);
  });

  it('a chart its page does not place', async () => {
    const problems = await pageProblems(FILE, (t) => t.replace('<Chart id="monthly-flow" />', ''));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/pages\/decline\.mdx: content\/data\/charts\.yaml puts chart "monthly-flow" on this page, but the page does not place it/,
      ),
    ]);
  });

  it('a chart placed twice', async () => {
    const { problems } = await withSnippet('<Chart id="monthly-flow" />');
    expect(problems).toEqual([
      expect.stringMatching(/chart "monthly-flow" is placed twice \(first at content\/pages\/decline\.mdx:\d+\)/),
    ]);
  });
});

describe('a page needs its entry in the page list', () => {
  it('an MDX file that NAV does not list', () => {
    const pages = new Map([
      ['decline', join(ROOT, 'content/pages/decline.mdx')],
      ['extra', join(ROOT, 'content/pages/extra.mdx')],
    ]);
    expect(unlistedPages(pages, ROOT)).toEqual([
      'content/pages/extra.mdx: no entry in NAV (src/site.ts); add one to list the page',
    ]);
  });
});
