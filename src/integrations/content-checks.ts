/**
 * The build's own checks of the content, so `npm run build` (and `npm start`, and a deploy)
 * cannot publish a wrong figure or a broken link:
 *
 * - before any page is compiled: the site's settings (SITE, site-settings.ts) are checked, the
 *   dataset is loaded and cross-checked, and each page's front matter is checked as written. A data error then names its data file and line, not the first
 *   page that happened to read the data (Astro would point at "page.mdx:0:0").
 * - when the build is done: the links and anchors of the HTML it wrote (link-check.ts).
 *
 * The Markdown rules of each page (mdx-rules.ts, markdown-plugins.ts) run while it compiles.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getDataset } from '../data/dataset';
import { ContentError } from '../data/load';
import { frontMatterProblems } from '../data/page-schema';
import { siteSettingProblems } from '../data/site-settings';
import { NAV, SITE, pathOf } from '../site';
import { checkBuiltSite, dataFilesUnder } from './link-check';
import { EXTERNAL_REL } from './markdown-plugins';

/** Every anchor the site has published, one "/page/#id" a line (see scripts/published-anchors.ts). */
export const PUBLISHED_ANCHORS = 'tests/published-anchors.txt';

/** The MDX files of content/pages, by content id. */
function pageFiles(root: string): Map<string, string> {
  const dir = join(root, 'content', 'pages');
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx') && !f.split('/').pop()?.startsWith('_'))
      .map((f) => [f.replace(/\.mdx$/, ''), join(dir, f)]),
  );
}

/**
 * A page is its MDX file plus its entry in NAV (src/site.ts): an MDX file with no entry would be
 * built but never listed. (An entry with no page is caught when the build is done, as a link.)
 */
export function unlistedPages(pages: Map<string, string>, root: string): string[] {
  const listed = new Set<string>(NAV.map((n) => n.id));
  return [...pages]
    .filter(([id]) => !listed.has(id))
    .map(([, file]) => `${relative(root, file)}: no entry in NAV (src/site.ts); add one to list the page`);
}

export default function contentChecks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site:content-checks',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        const problems: string[] = [];
        try {
          getDataset();
        } catch (e) {
          if (!(e instanceof ContentError)) throw e;
          problems.push(...e.problems);
        }
        const pages = pageFiles(root);
        problems.push(...unlistedPages(pages, root));
        for (const file of pages.values())
          problems.push(...frontMatterProblems(readFileSync(file, 'utf8'), relative(root, file)));
        // Last, so that Astro's "Location" line still points at the first data file in error.
        problems.push(...siteSettingProblems(SITE));
        if (problems.length > 0) throw new ContentError(problems);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const pages = pageFiles(root);
        const byPath = new Map([...pages].map(([id, file]) => [pathOf(id), file]));
        const listed = join(root, PUBLISHED_ANCHORS);
        const problems = checkBuiltSite({
          root,
          dist,
          nav: NAV.map((n) => ({ id: n.id, path: pathOf(n.id) })),
          retired: getDataset().retired.map((r) => ({ ...r, path: pathOf(r.page), file: join(root, r.file) })),
          published: existsSync(listed) ? { file: listed, text: readFileSync(listed, 'utf8') } : undefined,
          externalRel: EXTERNAL_REL,
          sourceOf: (path) => byPath.get(path),
          dataFiles: dataFilesUnder(join(root, 'content', 'data')),
        });
        if (!existsSync(listed)) problems.push(`${PUBLISHED_ANCHORS}: missing; it lists every anchor the site has published`);
        if (problems.length > 0) throw new ContentError(problems);
        logger.info(`Links, anchors and navigation checked in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
