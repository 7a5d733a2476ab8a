/**
 * axe-core (WCAG 2.0–2.2, A and AA, and the structure rules below) on every page, light and dark,
 * narrow and wide; and on the search dialog and a chart tooltip while they are open.
 *
 * Scope: the light runs apply every rule at both widths (a width changes what is shown: the
 * chart drawing for narrow screens, the header's layout). Switching to dark changes colours and
 * nothing else, so the dark runs apply the rules that read colours. The dialog and tooltip runs
 * look at the dialog and the chart only; the page around them is checked on its own.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

// Long pages (the sources page lists every figure) take axe 10 s or more each on a busy 2-core
// machine; Playwright's default of 30 s per test is not enough there.
test.describe.configure({ timeout: 180_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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

/** The WCAG rules that depend on colour: all that can change between the light and dark themes. */
const COLOUR = ['color-contrast', 'link-in-text-block'];

/**
 * Rules axe tags "experimental", which run only when enabled by name. label-content-name-mismatch
 * holds WCAG 2.5.3 (Label in Name, level A): a control's accessible name contains its visible text.
 */
const EXPERIMENTAL = ['label-content-name-mismatch'];

/** Every WCAG A and AA rule, the structure rules and the experimental rules on top. */
const everyRule = (page: Page) =>
  new AxeBuilder({ page }).options({
    runOnly: { type: 'tag', values: TAGS },
    rules: Object.fromEntries([...STRUCTURE, ...EXPERIMENTAL].map((id) => [id, { enabled: true }])),
  });

const colourRules = (page: Page) => new AxeBuilder({ page }).withRules(COLOUR);

async function violations(axe: AxeBuilder): Promise<string[]> {
  const result = await axe.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const path of sitemapPaths()) {
  for (const width of [375, 1280]) {
    test(`${path} passes axe in light at ${width} px`, async ({ sharedPage: page }) => {
      await page.setViewportSize({ width, height: 900 });
      // Through the skip link's address. The sources page lays out its entries only as they come
      // near the screen (reference.css); an entry not yet laid out holds a placeholder's height,
      // and axe measures the links inside it where no reader ever sees them. An address naming an
      // element lays out the whole page, as a reader following a link gets it, so axe measures
      // every entry where it really is.
      await page.goto(`${path}#main`);
      expect(await violations(everyRule(page))).toEqual([]);
    });

    test(`${path} keeps its contrast in dark at ${width} px`, async ({ sharedPage: page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      // The page really is dark: its background is darker than mid-grey.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? [];
      expect(r + g + b, background).toBeLessThan(3 * 128);
      expect(await violations(colourRules(page))).toEqual([]);
    });
  }
}

test('the open search dialog with results passes axe', async ({ sharedPage: page }) => {
  await page.goto('/decline/');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search the site' }).first().fill('Tunisia');
  await expect(page.locator('.search-dialog .result').first()).toBeVisible();
  expect(await violations(everyRule(page).include('.search-dialog'))).toEqual([]);
});

test('a chart with its tooltip open passes axe', async ({ sharedPage: page }) => {
  await page.goto('/decline/');
  const chart = page.locator('.chart__svg:visible').first();
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart__tooltip').first()).toBeVisible();
  expect(await violations(everyRule(page).include('.chart'))).toEqual([]);
});

test('a figure with its source preview open passes axe', async ({ sharedPage: page }) => {
  await page.goto('/decline/');
  await page.locator('a.fig').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await violations(everyRule(page).include('a.fig, [role="tooltip"]'))).toEqual([]);
});
