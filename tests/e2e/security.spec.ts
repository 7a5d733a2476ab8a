/**
 * The Content-Security-Policy holds in a real browser: every page has a strict policy, nothing
 * the site does violates it, and an injected inline script is blocked. And the site keeps
 * nothing about the reader but the theme choice.
 */
import { readFileSync } from 'node:fs';
import { htmlFiles } from '../../src/integrations/html-files';
import { sitemapPaths } from './site-pages';
import { expectInjectedScriptBlocked, watchViolations } from './csp';
import { expect, settled, test } from './fixtures';

const paths = sitemapPaths();

function policyOf(html: string): string {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
}

test('every page carries a strict policy: no unsafe-inline or unsafe-eval, no inline handlers or styles', () => {
  for (const file of htmlFiles('dist')) {
    const html = readFileSync(file, 'utf8');
    const policy = policyOf(html);
    expect(policy, file).toContain("default-src 'self'");
    expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(html, file).not.toMatch(/\son[a-z]+=/i);
    expect(html, file).not.toMatch(/\sstyle="/i);
  }
});

for (const path of paths) {
  test(`${path} loads without a CSP violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await settled(page);
    expect(await violations()).toEqual([]);
  });
}

test('searching, opening a result and exploring a chart cause no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/decline/');
  await page.keyboard.press('Control+k');
  await page.locator('.search-dialog input[name="q"]').fill('border');
  await page.locator('.search-dialog .result a').first().click();
  // The landing page has loaded and marked the search terms.
  await page.waitForURL(/highlight=/);
  await expect(page.locator('mark.search-highlight').first()).toBeAttached();
  await settled(page);
  expect(await violations()).toEqual([]);
  await page.goto('/decline/');
  await page.locator('.chart__svg:visible').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart__tooltip:visible')).toHaveCount(1);
  await settled(page);
  expect(await violations()).toEqual([]);
});

test.describe('an injected script', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });
  test('an inline script added to a page is blocked and reported', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await expectInjectedScriptBlocked(page, violations);
  });
});

test('the site sets no cookie and stores nothing but the theme choice', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.keyboard.press('Control+k');
  await page.locator('.search-dialog input[name="q"]').fill('France');
  await expect(page.locator('.search-dialog .result').first()).toBeVisible();
  await page.goto('/search/?q=Belgium');
  await expect(page.locator('.result').first()).toBeVisible();
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect(stored).toEqual({ local: ['theme'], session: [] });
});
