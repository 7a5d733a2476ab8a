/**
 * Every browser test runs with two watchers: console errors and requests to any host but the
 * site's own fail the test, whatever else it checks.
 *
 * Two pages to choose from:
 * - `page`, Playwright's own: a fresh browser context for the test. For anything that leaves
 *   state behind (storage, permissions, routes, init scripts, a system theme that must not change).
 * - `sharedPage`: one page per worker, reused by the tests that only load a page and read it
 *   (axe, layout, charts). Opening a context per test costs more than many of those tests do.
 *   Each test gets it on a blank document with the default viewport and media; a test sets the
 *   size and colour scheme it needs itself.
 */
import { test as base, expect, type Page } from '@playwright/test';

/** Records console errors and foreign requests while a test runs; `stop` removes the listeners. */
function watch(page: Page, origin: string, expectedConsoleErrors: RegExp[]) {
  const errors: string[] = [];
  const foreign: string[] = [];
  const onConsole = (msg: import('@playwright/test').ConsoleMessage) => {
    const text = msg.text();
    if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(text))) errors.push(`${page.url()}: ${text}`);
  };
  const onPageError = (err: Error) => errors.push(`${page.url()}: ${err.message}`);
  const onRequest = (req: import('@playwright/test').Request) => {
    const url = req.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreign.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  return {
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    },
    check() {
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
  };
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; sharedPage: Page }, { workerPage: Page }>({
  /** Console errors a test expects, e.g. the browser's report of a 404 it asked for. */
  expectedConsoleErrors: [[], { option: true }],

  // Playwright's page, watched. Tests that use no page (file checks) open no browser context.
  page: async ({ page, baseURL, expectedConsoleErrors }, use) => {
    const watcher = watch(page, new URL(baseURL ?? 'http://localhost').origin, expectedConsoleErrors);
    await use(page);
    watcher.stop();
    watcher.check();
  },

  workerPage: [
    async ({ browser }, use, workerInfo) => {
      // The project's own settings (base URL, device), as Playwright's per-test contexts get them.
      const { baseURL, viewport, userAgent, deviceScaleFactor } = workerInfo.project.use;
      const context = await browser.newContext({
        viewport: viewport ?? DEFAULT_VIEWPORT,
        ...(baseURL !== undefined && { baseURL }),
        ...(userAgent !== undefined && { userAgent }),
        ...(deviceScaleFactor !== undefined && { deviceScaleFactor }),
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],

  sharedPage: async ({ workerPage: page, baseURL, expectedConsoleErrors }, use) => {
    await page.setViewportSize(test.info().project.use.viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
    const watcher = watch(page, new URL(baseURL ?? 'http://localhost').origin, expectedConsoleErrors);
    await use(page);
    // A blank document before the next test: nothing of this one (an open dialog, focus, a
    // scroll position, a same-page URL) carries over, and late events are not blamed on the next.
    await page.goto('about:blank');
    watcher.stop();
    watcher.check();
  },
});

/**
 * Resolves once the page has loaded, painted a frame, and run the tasks queued before it: by then
 * every script has run its start-up code, the requests it starts at load have been made, and
 * events such as a CSP violation report have been dispatched. A wait for a state, unlike
 * Playwright's 'networkidle' (500 ms of quiet) or an idle callback (which a long page may not
 * get for seconds).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

export { expect };

/**
 * A chart value's pointer target: the hit area that is the mark itself (or a dot with a hit
 * ring), or the one inside a grouped mark (src/charts/marks.ts).
 */
export const HIT_TARGET = ':is(.hit[data-point], .hit-ring[data-point], [data-point] > .hit)';
