/// <reference types="vitest/config" />
// Astro's Vite settings, so tests can render .astro components with the Container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // unit/: pure functions, data and components; build/: real builds of broken copies of the site.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
