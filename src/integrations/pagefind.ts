/**
 * Builds the Pagefind search index into the output folder at the end of `astro build`, so the
 * deployed folder is complete. In `astro dev`, serves the index of the last build (search then
 * finds the last built text) and says how to get one when there is none.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles } from './html-files';
import { separateWords } from './separate-words';
import { splitFragments } from './search-text';
import { contentType, isInside, lookUp } from './static-files';

/**
 * Words per index chunk (Pagefind's unstable setting; its default makes ~33 KB chunks here). A
 * one-word search downloads one chunk, so small chunks make a light first search: at 1000, 2 to
 * 6 KB (against 7 to 10 KB at 4000) for a meta file 0.8 KB larger. Pagefind finds the words that
 * begin with a term only in the term's own chunk; the search loads the next one too when they run
 * on into it (withRunOns in search-engine.ts), so smaller chunks lose none of them.
 */
const INDEX_CHUNK_SIZE = '1000';

/**
 * Pagefind also writes its ready-made interfaces and the wasm for pages of no known language.
 * The site uses its own interface, the JS API and the highlighter, and every page is English:
 * these files would only be dead weight in the deployed folder.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        if (!existsSync(bundle)) logger.warn('No search index yet: run `npm run build` once, and search will work in dev too.');
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
          if (!path.startsWith('/pagefind/')) return next();
          const found = lookUp(outDir, path);
          if (found.status !== 200 || !isInside(bundle, found.file)) return next();
          res.setHeader('Content-Type', contentType(found.file));
          res.end(readFileSync(found.file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The Pagefind service starts with the first call below and reads its settings from the environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('; '));
          // Each page is read and handed over with its words kept apart (see separate-words.ts),
          // rather than letting Pagefind read the folder itself.
          const root = fileURLToPath(dir);
          const pages = htmlFiles(root).map((file) => relative(root, file));
          for (const sourcePath of pages) {
            const content = separateWords(readFileSync(join(root, sourcePath), 'utf8'));
            const added = await index.addHTMLFile({ sourcePath: sourcePath.replaceAll('\\', '/'), content });
            if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`);
          }
          const bundle = fileURLToPath(new URL('./pagefind/', dir));
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
          // A result then downloads the few words its excerpts show, not its page's whole text.
          splitFragments(bundle);
          logger.info(`Indexed ${pages.length} HTML files in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
