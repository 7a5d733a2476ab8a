// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { figureRefsPlugin, sectionHeadingsPlugin } from './src/integrations/markdown-plugins.ts';

export default defineConfig({
  site: 'https://foreign-fighters.example.org',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [sectionHeadingsPlugin, figureRefsPlugin],
    }),
  },
  integrations: [mdx()],
});
