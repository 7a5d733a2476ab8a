/**
 * The policy as a browser applies it when the production server sends it: no page or download
 * breaks it, the header alone blocks injected code, and no other site can frame a page.
 */
import { test as plain } from '@playwright/test';
import { expectInjectedScriptBlocked, watchViolations } from '../e2e/csp';
import { expect, settled, test } from '../e2e/fixtures';
import { PAGEFIND_FILE } from '../../src/hosting/pagefind-brotli';
import { downloads, pages } from './files';
import { PROD_ORIGIN } from './server';

test('every page loads under the header policy with no violation and no console error', async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchViolations(page);
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    await settled(page);
    expect(await violations(), path).toEqual([]);
  }
});

test('search (Pagefind’s files as brotli copies) and a chart work under the header policy', async ({ page }) => {
  const violations = await watchViolations(page);
  const encodings = new Map<string, string | undefined>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (PAGEFIND_FILE.test(path)) encodings.set(path, r.headers()['content-encoding']);
  });
  await page.goto('/decline/');
  await page.keyboard.press('Control+k');
  await page.locator('.search-dialog input[name="q"]').fill('Tunisia');
  await expect(page.locator('.search-dialog .result').first()).toBeVisible();
  await expect(page.locator('.search-dialog .result mark').first()).toBeVisible();
  await expect(page.locator('.search-dialog select[name="country"] option', { hasText: 'Tunisia' })).toBeAttached();
  // The engine, its metadata, an index chunk, the filter and an outline: each decoded from brotli.
  expect(encodings.size).toBeGreaterThanOrEqual(5);
  for (const [path, encoding] of encodings) expect(encoding, path).toBe('br');
  await page.keyboard.press('Escape');
  await page.locator('.chart__svg:visible').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart__tooltip:visible')).toHaveCount(1);
  await settled(page);
  expect(await violations()).toEqual([]);
});

test('a chart download opened on its own keeps its styles: its inline style is allowed by hash', async ({ page }) => {
  // A blocked <style> would be reported as a console error, which fails the test (fixtures).
  const svg = downloads.find((d) => d.endsWith('.svg')) ?? '';
  await page.goto(svg);
  const fill = await page.evaluate(() => getComputedStyle(document.querySelector('.chart__axis text, text') as Element).fill);
  expect(fill).not.toBe('rgb(0, 0, 0)');
});

test.describe('with the <meta> policy taken out of the page', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });
  test('the header alone blocks an injected inline script', async ({ page }) => {
    await page.route('**/decline/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
      expect(body).not.toContain('http-equiv="content-security-policy"');
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ status: response.status(), headers, body });
    });
    const violations = await watchViolations(page);
    await page.goto('/decline/');
    await expectInjectedScriptBlocked(page, violations);
  });
});

plain('another site cannot show a page in a frame', async ({ page }) => {
  // A page of another origin, made up by the test, that tries to frame the site.
  await page.route('http://framer.invalid/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe src="${PROD_ORIGIN}/decline/"></iframe>` }),
  );
  await page.goto('http://framer.invalid/');
  const framed = () =>
    page
      .frames()
      .find((f) => f !== page.mainFrame())
      ?.url() ?? '';
  // The frame ends either on the page (framing allowed) or on the browser's error page.
  await expect.poll(framed).toMatch(/^(chrome-error:|http:)/);
  expect(framed()).toMatch(/^chrome-error:/);
});
