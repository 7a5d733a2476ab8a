// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_OPTIONS } from './src/integrations/markdown-plugins.ts';
import contentChecks from './src/integrations/content-checks.ts';
import pagefind from './src/integrations/pagefind.ts';
import noPreloadHelper from './src/integrations/no-preload-helper.ts';
import hosting from './src/integrations/hosting.ts';
import { PLACEHOLDER_SITE_URL } from './src/hosting/site-url.ts';

export default defineConfig({
  // Canonical and Open Graph URLs; set SITE_URL to the address the site is deployed at (the
  // hosting integration refuses a CI or production build without it).
  site: process.env.SITE_URL?.trim() || PLACEHOLDER_SITE_URL,
  trailingSlash: 'always',
  // The site stylesheet is inlined by BaseLayout; component styles (charts) stay files of their own.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // No code blocks on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Heading ids, section anchors, figure checks and the rules of what a page may hold
    // (src/integrations/markdown-plugins.ts and mdx-rules.ts).
    processor: satteri(MARKDOWN_OPTIONS),
  },
  // contentChecks first: data and front matter before any page compiles; links before indexing.
  // hosting last: it compresses what the others wrote and writes the headers for static hosts.
  // The Content-Security-Policy is not Astro's: src/hosting/policy.ts states it for the pages'
  // <meta> and for every server's headers alike.
  integrations: [contentChecks(), mdx(), pagefind(), hosting()],
  vite: {
    // Scripts stay files, never inlined into pages: the CSP (src/hosting/policy.ts) allows inline
    // code only by a hash stated in advance, and a bundled script's is known only after bundling.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    plugins: [
      {
        // The lazy chunks (search, share) are small and load on demand: nothing to preload. Astro
        // sets the client build's options itself, so this is changed where the environment is
        // configured. Vite still wraps each lazy import in its helper; noPreloadHelper unwraps it.
        name: 'site:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
      noPreloadHelper(),
    ],
  },
});
