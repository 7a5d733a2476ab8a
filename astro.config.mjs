// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import {
  chartPlacementPlugin,
  figureRefsPlugin,
  scrollingTablesPlugin,
  sectionHeadingsPlugin,
} from './src/integrations/markdown-plugins.ts';
import { THEME_INIT } from './src/scripts/theme-init.ts';
import { siteCss } from './src/styles/inline-css.ts';
import pagefind from './src/integrations/pagefind.ts';
import noPreloadHelper from './src/integrations/no-preload-helper.ts';

/** CSP hash of an inline script, so it runs without 'unsafe-inline'. */
const sha256 = (/** @type {string} */ text) =>
  /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);

export default defineConfig({
  // Canonical and Open Graph URLs; set SITE_URL to the address the site is deployed at.
  site: process.env.SITE_URL ?? 'https://foreign-fighters.example.org',
  trailingSlash: 'always',
  // The site stylesheet is inlined by BaseLayout; component styles (charts) stay files of their own.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // No code blocks on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [sectionHeadingsPlugin, scrollingTablesPlugin, figureRefsPlugin, chartPlacementPlugin],
    }),
  },
  integrations: [mdx(), pagefind()],
  vite: {
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
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // Search runs in the page (Pagefind's noWorker), so nothing may start a worker.
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the page: 'wasm-unsafe-eval' allows
      // that and nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_INIT)] },
      // The site stylesheet is inlined (src/styles/inline-css.ts); its hash lets it apply.
      styleDirective: { resources: ["'self'"], hashes: [sha256(siteCss())] },
    },
  },
});
