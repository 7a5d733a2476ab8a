/**
 * axe-core (WCAG 2.0–2.2, A and AA) on every page: light and dark, narrow and wide, and with
 * the search dialog and a chart tooltip open.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules axe tags "experimental", which run only when enabled by name. label-content-name-mismatch
 * holds WCAG 2.5.3 (Label in Name, level A): a control's accessible name contains its visible text.
 */
const EXPERIMENTAL = { 'label-content-name-mismatch': { enabled: true } };

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: EXPERIMENTAL }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const path of sitemapPaths()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`${path} passes axe in ${colorScheme} at ${width} px`, async ({ page }) => {
        // axe on the longest pages (the sources page has a thousand links) takes tens of seconds.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

/** Structure checks axe files under best practice: landmarks, one main, a skip link, heading order. */
const STRUCTURE = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'region',
  'skip-link',
  'bypass',
];

for (const path of sitemapPaths()) {
  test(`${path} has landmarks, a skip link and headings in order`, async ({ page }) => {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withRules(STRUCTURE).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the open search dialog with results passes axe', async ({ page }) => {
  await page.goto('/decline/');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search the site' }).first().fill('Tunisia');
  await expect(page.locator('.search-dialog .result').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a chart with its tooltip open passes axe', async ({ page }) => {
  await page.goto('/decline/');
  const chart = page.locator('.chart__svg:visible').first();
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart__tooltip').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a figure with its source preview open passes axe', async ({ page }) => {
  await page.goto('/decline/');
  await page.locator('a.fig').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
