import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx' }),
  schema: z.strictObject({
    title: z.string(),
    description: z.string().min(50).max(170),
    updated: z.coerce.date(),
  }),
});

export const collections = { pages };
