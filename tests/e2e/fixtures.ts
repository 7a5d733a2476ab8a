/**
 * Every browser test runs with two watchers: console errors and requests to any host but the
 * site's own fail the test, whatever else it checks.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ watch: void; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test expects, e.g. the browser's report of a 404 it asked for. */
  expectedConsoleErrors: [[], { option: true }],
  watch: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (msg) => {
        const text = msg.text();
        if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(text))) errors.push(`${page.url()}: ${text}`);
      });
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
