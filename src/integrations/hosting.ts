/**
 * Gets a build ready for any static host: refuses to build a deployment without its address
 * (SITE_URL), writes dist/_headers from the serving policy (src/hosting/policy.ts), and writes
 * brotli and gzip copies of every compressible file for servers that send them as they are, and
 * brotli copies of Pagefind's own files (src/hosting/pagefind-brotli.ts).
 * Runs last, after the search index is written, so the index's own text files are compressed too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../hosting/headers-file';
import { pagefindBrotli } from '../hosting/pagefind-brotli';
import { filesUnder, precompress } from '../hosting/precompress';
import { checkSiteUrl } from '../hosting/site-url';

export default function hosting(): AstroIntegration {
  return {
    name: 'site:hosting',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // Astro sets NODE_ENV=production for every build before this runs, so it says nothing
        // here; `npm run build` checks the caller's NODE_ENV first (scripts/check-site-url.ts).
        const check = checkSiteUrl({ ...process.env, NODE_ENV: undefined });
        if (!check.ok) throw new Error(check.error);
        if (check.warning) logger.warn(`\n\n  ⚠  ${check.warning}\n`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile());
        const started = performance.now();
        const built = await filesUnder(dist);
        const [files, search] = await Promise.all([precompress(built), pagefindBrotli(built)]);
        const total = (key: 'bytes' | 'br' | 'gz') => files.reduce((sum, f) => sum + f[key], 0);
        const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;
        logger.info(
          `Compressed ${files.length} files in ${Math.round(performance.now() - started)} ms: ${kb(total('bytes'))} → ${kb(total('br'))} brotli, ${kb(total('gz'))} gzip; ${search.length} Pagefind files ${kb(search.reduce((s, f) => s + f.gz, 0))} (its gzip) → ${kb(search.reduce((s, f) => s + f.br, 0))} brotli.`,
        );
      },
    },
  };
}
