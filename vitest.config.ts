import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit/: pure functions and data; build/: real builds of broken copies of the site.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
