import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './data/page-schema';

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx' }),
  // Checked as written too, before the build (src/integrations/content-checks.ts).
  schema: pageSchema,
});

export const collections = { pages };
