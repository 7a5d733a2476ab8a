/**
 * Sätteri plugins for the MDX pages in content/pages. They run when a page is compiled, so a
 * broken reference stops the build with the file and line, before any HTML is written.
 *
 * - Section headings (h2, h3) must carry an explicit, unique id (`## Title {#stable-id}`):
 *   ids are published anchors, so rewording a heading must never change one.
 * - Each such heading gets a visible link to itself, labelled for screen readers.
 * - Every <Fig id="…"/> must name a figure that exists in content/data.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { getDataset, suggest } from '../data/dataset';
import { ContentError } from '../data/load';
import { NAV } from '../site';

/**
 * Search weights of section headings on reference pages and the overview. Pagefind weighs theme
 * pages' h2 and h3 at 6 and 5 by default; these pages' headings (a country's or a person's name,
 * a summary) count for less, so a search lands on the section that explains, not one that names.
 */
const REFERENCE_HEADING_WEIGHT = { h2: '2', h3: '1.5' } as const;
const referencePages = new Set(NAV.filter((n) => n.theme === 'reference' || n.theme === 'overview').map((n) => n.id));

type Position = { start?: { line?: number } } | undefined;

function where(fileURL: URL | undefined, position: Position): string {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'an MDX page';
  const line = position?.start?.line;
  return line ? `${file}:${line}` : file;
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
      'aria-label': `Copy link or cite: ${title}`,
      'aria-haspopup': 'dialog',
      'data-pagefind-ignore': 'all',
    },
    children: [{ type: 'text' as const, value: 'Share' }],
  };
}

/** Headings: explicit unique ids, no h1 in the body (the layout owns the page's h1), anchors. */
export function sectionHeadingsPlugin(): HastPluginDefinition {
  const seen = new Map<string, string>();
  const pageOf = (url: URL | undefined) => (url ? (fileURLToPath(url).split('/').pop() ?? '').replace(/\.mdx?$/, '') : '');
  return {
    name: 'section-headings',
    options: { position: true },
    before() {
      seen.clear();
    },
    element: {
      filter: ['h1', 'h2', 'h3'],
      visit(node, ctx) {
        const at = where(ctx.fileURL, node.position);
        const title = ctx.textContent(node).trim();
        if (node.tagName === 'h1') {
          throw new ContentError([`${at}: heading "${title}" is an h1; the page title is the only h1, so start sections at ##`]);
        }
        const id = node.properties?.['id'];
        if (typeof id !== 'string' || id === '') {
          throw new ContentError([
            `${at}: heading "${title}" has no id; write it as "${'#'.repeat(Number(node.tagName[1]))} ${title} {#some-stable-id}"`,
          ]);
        }
        const first = seen.get(id);
        if (first) throw new ContentError([`${at}: duplicate section id "${id}" (first used at ${first})`]);
        seen.set(id, at);
        // Renamed ids keep working: an empty element with the old id sits inside the heading.
        const page = pageOf(ctx.fileURL);
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
    const at = where(ctx.fileURL, node.position as Position);
    if (!attr || typeof attr.value !== 'string') throw new ContentError([`${at}: <Fig> needs a literal id="…"`]);
    const { figures } = getDataset();
    if (!figures.has(attr.value))
      throw new ContentError([`${at}: unknown figure id "${attr.value}"${suggest(attr.value, figures)}`]);
  };
  return {
    name: 'figure-refs',
    options: { position: true },
    mdxJsxTextElement: { filter: ['Fig'], visit: (node, ctx) => check(node, ctx) },
    mdxJsxFlowElement: { filter: ['Fig'], visit: (node, ctx) => check(node, ctx) },
  };
}
