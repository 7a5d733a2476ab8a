/**
 * Sätteri plugins for the MDX pages in content/pages. They run when a page is compiled, so a
 * broken reference stops the build with the file and line, before any HTML is written.
 *
 * - Section headings (h2, h3) must carry an explicit, unique id (`## Title {#stable-id}`):
 *   ids are published anchors, so rewording a heading must never change one.
 * - Each such heading gets a visible link to itself, labelled for screen readers.
 * - Every <Fig id="…"/> must name a figure that exists in content/data.
 * - Every <Chart id="…"/> must name a chart in charts.yaml, on the page its entry names, and each
 *   chart must be placed, once, on that page.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { getDataset, suggest } from '../data/dataset';
import { figureAnchor } from '../data/figure-index';
import { currentHref, figureHref, sourceHref } from '../data/reference-pages';
import { ContentError } from '../data/load';
import { NAV } from '../site';
import { mdxRulesPlugin } from './mdx-rules';
import { where, type Position } from './where';

/**
 * Search weights of section headings on reference pages and the overview. Pagefind weighs theme
 * pages' h2 and h3 at 6 and 5 by default; these pages' headings (a country's or a person's name,
 * a summary) count for less, so a search lands on the section that explains, not one that names.
 */
const REFERENCE_HEADING_WEIGHT = { h2: '2', h3: '1.5' } as const;
const referencePages = new Set<string>(NAV.filter((n) => n.kind !== 'theme').map((n) => n.id));

/** A page's content id from its file: the path under content/pages ("people/quoted"). */
function pageIdOf(url: URL | undefined): string {
  const file = url ? fileURLToPath(url) : '';
  return (file.split('/content/pages/')[1] ?? file.split('/').pop() ?? '').replace(/\.mdx?$/, '');
}

/** A ContentError at a node: the message names file and line, and Astro's "Location" shows the line too. */
function errorAt(fileURL: URL | undefined, position: Position, message: string): ContentError {
  const line = position?.start?.line;
  return new ContentError([`${where(fileURL, position)}: ${message}`], line ? { line } : undefined);
}

/**
 * Why a section id cannot be used: it is already the id of a chart (`chart-<id>`), of a figure's
 * entry (`fig-<id>`) or of a retired anchor of the page, so two elements would share it.
 */
export function reservedIdProblem(id: string, page: string): string | undefined {
  const data = getDataset();
  if (id.startsWith('chart-') && data.charts.has(id.slice('chart-'.length)))
    return `section id "${id}" is the anchor of the chart "${id.slice('chart-'.length)}"; choose another id`;
  if (id.startsWith('fig-') && data.figures.has(id.slice('fig-'.length)) && figureAnchor(id.slice('fig-'.length)) === id)
    return `section id "${id}" is the anchor of the figure "${id.slice('fig-'.length)}" in the figure register; choose another id`;
  const retired = data.retired.find((r) => r.page === page && r.id === id);
  if (retired)
    return `section id "${id}" is a retired anchor of this page (${retired.file}:${retired.line}, now "${retired.now}"); choose another id`;
  return undefined;
}

/**
 * "Share" (copy link, cite) after a section heading. Written at build time so it takes its place
 * from the first paint (no layout shift); shown only with JavaScript (js-only), which makes it work.
 */
export function shareButton(id: string, title: string) {
  return {
    type: 'element' as const,
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['heading__share', 'js-only'],
      'data-share': `#${id}`,
      'data-title': title,
      'aria-label': `Share section: ${title}`,
      'aria-haspopup': 'dialog',
      'data-pagefind-ignore': 'all',
    },
    children: [{ type: 'text' as const, value: 'Share' }],
  };
}

/** Headings: explicit unique ids, no h1 in the body (the layout owns the page's h1), anchors. */
export function sectionHeadingsPlugin(): HastPluginDefinition {
  const seen = new Map<string, string>();
  return {
    name: 'section-headings',
    options: { position: true },
    before() {
      seen.clear();
    },
    element: {
      filter: ['h1', 'h2', 'h3'],
      visit(node, ctx) {
        const position = node.position as Position;
        const at = where(ctx.fileURL, position);
        const title = ctx.textContent(node).trim();
        if (node.tagName === 'h1') {
          throw errorAt(
            ctx.fileURL,
            position,
            `heading "${title}" is an h1; the page title is the only h1, so start sections at ##`,
          );
        }
        const id = node.properties?.['id'];
        if (typeof id !== 'string' || id === '') {
          throw errorAt(
            ctx.fileURL,
            position,
            `heading "${title}" has no id; write it as "${'#'.repeat(Number(node.tagName[1]))} ${title} {#some-stable-id}"`,
          );
        }
        const first = seen.get(id);
        if (first) throw errorAt(ctx.fileURL, position, `duplicate section id "${id}" (first used at ${first})`);
        seen.set(id, at);
        const page = pageIdOf(ctx.fileURL);
        const reserved = reservedIdProblem(id, page);
        if (reserved) throw errorAt(ctx.fileURL, position, reserved);
        // Renamed ids keep working: an empty element with the old id sits inside the heading.
        if (referencePages.has(page))
          ctx.setProperty(node, 'data-pagefind-weight', REFERENCE_HEADING_WEIGHT[node.tagName as 'h2' | 'h3']);
        for (const r of getDataset().retired.filter((a) => a.page === page && a.now === id)) {
          ctx.prependChild(node, { type: 'element', tagName: 'span', properties: { id: r.id }, children: [] });
        }
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading', `heading--${node.tagName}`] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { className: ['heading__anchor'], href: `#${id}`, 'data-pagefind-ignore': 'all' },
              children: [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { 'aria-hidden': 'true' },
                  children: [{ type: 'text', value: '#' }],
                },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['sr-only'] },
                  children: [{ type: 'text', value: `Link to section: ${title}` }],
                },
              ],
            },
            shareButton(id, title),
          ],
        });
      },
    },
  };
}

/**
 * Tables scroll sideways inside their own box on narrow screens instead of widening the page.
 * The box is focusable and named, so keyboard users can scroll it too.
 */
export function scrollingTablesPlugin(): HastPluginDefinition {
  return {
    name: 'scrolling-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const head = node.children.find((c) => c.type === 'element' && c.tagName === 'thead');
        const columns = head
          ? ctx
              .textContent(head)
              .trim()
              .split(/\s*\n\s*/)
              .filter(Boolean)
              .join(', ')
          : '';
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'region',
            'aria-label': columns ? `Table: ${columns}` : 'Table',
          },
          children: [],
        });
      },
    },
  };
}

/** <Fig id="…"/>: the id must exist in the figures dataset. */
export function figureRefsPlugin(): HastPluginDefinition {
  const check = (node: { attributes: unknown[]; position?: unknown }, ctx: { fileURL: URL | undefined }) => {
    const attr = node.attributes.find(
      (a): a is { type: 'mdxJsxAttribute'; name: string; value: unknown } => (a as { name?: string }).name === 'id',
    );
    const position = node.position as Position;
    if (!attr || typeof attr.value !== 'string') throw errorAt(ctx.fileURL, position, '<Fig> needs a literal id="…"');
    const { figures } = getDataset();
    if (!figures.has(attr.value))
      throw errorAt(ctx.fileURL, position, `unknown figure id "${attr.value}"${suggest(attr.value, figures)}`);
  };
  return {
    name: 'figure-refs',
    options: { position: true },
    mdxJsxTextElement: { filter: ['Fig'], visit: (node, ctx) => check(node, ctx) },
    mdxJsxFlowElement: { filter: ['Fig'], visit: (node, ctx) => check(node, ctx) },
  };
}

/** The rel every link to another site carries (the source list's links carry the same). */
export const EXTERNAL_REL = 'external noreferrer';

/** Links to other sites, written in Markdown, get the same rel as the site's other external links. */
export function externalLinksPlugin(): HastPluginDefinition {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (/^https?:/i.test(String(node.properties?.['href'] ?? ''))) ctx.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
      },
    },
  };
}

/**
 * A link written to a figure's or a source's entry as the sources page once held them
 * ("/sources/#fig-<id>", "#src-<id>"), or to a section that moved to a part of its page
 * ("/people/#valls"), goes to where it is now (data/reference-pages.ts), so the text need not know
 * which part of a long listing holds an entry.
 */
export function entryLinksPlugin(): HastPluginDefinition {
  return {
    name: 'entry-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = String(node.properties?.['href'] ?? '');
        if (currentHref(href) !== href) ctx.setProperty(node, 'href', currentHref(href));
        const m = /^(?:\/sources\/)?#(fig|src)-(.+)$/.exec(href);
        if (!m?.[2]) return;
        const data = getDataset();
        if (m[1] === 'fig' && data.figures.has(m[2])) ctx.setProperty(node, 'href', figureHref(m[2]));
        if (m[1] === 'src' && data.sources.has(m[2])) ctx.setProperty(node, 'href', sourceHref(m[2]));
      },
    },
  };
}

type JsxNode = { attributes: unknown[]; position?: unknown };

/** The literal value of a JSX attribute, or undefined when it is missing or an expression. */
function literalAttr(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes.find(
    (a): a is { type: 'mdxJsxAttribute'; name: string; value: unknown } => (a as { name?: string }).name === name,
  );
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/**
 * <Chart id="…"/>: charts.yaml says which page each chart is on (its `page`), and the page's
 * head links the chart stylesheet because of it; so a chart placed elsewhere, placed twice, or
 * not placed on its page stops the build, naming the MDX file.
 */
export function chartPlacementPlugin(factory: PluginFactoryContext): HastPluginDefinition {
  const file = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
  const page = pageIdOf(factory.fileURL);
  const placed = new Map<string, string>();
  const check = (node: JsxNode, ctx: { fileURL: URL | undefined }) => {
    const at = where(ctx.fileURL, node.position as Position);
    const id = literalAttr(node, 'id');
    if (id === undefined) throw new ContentError([`${at}: <Chart> needs a literal id="…"`]);
    const { charts } = getDataset();
    const text = charts.get(id);
    if (!text) throw new ContentError([`${at}: unknown chart id "${id}"${suggest(id, charts)}`]);
    if (text.page !== page)
      throw new ContentError([
        `${at}: chart "${id}" is placed here, but ${text.file} gives its page as "${text.page}"; move the chart or change its page`,
      ]);
    const first = placed.get(id);
    if (first) throw new ContentError([`${at}: chart "${id}" is placed twice (first at ${first})`]);
    placed.set(id, at);
  };
  return {
    name: 'chart-placement',
    options: { position: true },
    mdxJsxTextElement: { filter: ['Chart'], visit: (node, ctx) => check(node, ctx) },
    mdxJsxFlowElement: { filter: ['Chart'], visit: (node, ctx) => check(node, ctx) },
    after(_root, ctx) {
      // Only pages of the site: a stray MDX file elsewhere has no charts to place.
      if (!file.includes('/content/pages/')) return;
      const missing = [...getDataset().charts.values()].filter((c) => c.page === page && !placed.has(c.id));
      if (missing.length > 0)
        throw new ContentError(
          missing.map(
            (c) =>
              `${where(ctx.fileURL, undefined)}: ${c.file} puts chart "${c.id}" on this page, but the page does not place it (<Chart id="${c.id}" />)`,
          ),
        );
    },
  };
}

/**
 * The Markdown and MDX processing of every page: the same options in astro.config.mjs and in the
 * tests that compile a page on its own. The rules run first, so a page that breaks one is
 * reported before anything else reads it.
 */
export const MARKDOWN_OPTIONS = {
  features: { headingAttributes: true },
  hastPlugins: [
    mdxRulesPlugin,
    sectionHeadingsPlugin,
    scrollingTablesPlugin,
    figureRefsPlugin,
    chartPlacementPlugin,
    externalLinksPlugin,
    entryLinksPlugin,
  ],
};
