/**
 * The home page explains itself: on a phone's first screen, what the site is and what it rests
 * on, the finding with its hedge, and the key figures; then the ways in; and who stands behind
 * it, under what licence, how to cite it and where to send a correction.
 */
import { THEME_PAGES, pathOf } from '../../src/site';
import { expect, test } from './fixtures';

test.describe('on a 375 × 812 phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('the first screen names the report and its date, gives the finding with its hedge, and shows the key figures', async ({
    page,
  }) => {
    await page.goto('/');
    const screen = { width: 375, height: 812 };
    const finding = page.locator('.hero > p').first();
    // Wholly on the first screen, without scrolling.
    const inFirstScreen = async (locator: typeof finding) => {
      const box = await locator.boundingBox();
      expect(box, 'laid out').not.toBeNull();
      if (!box) return;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
    };
    await inFirstScreen(finding);
    await expect(finding).toContainText('The Washington Post');
    await expect(finding).toContainText('9 September 2016');
    await expect(finding).toContainText('U.S. intelligence');
    await expect(finding).toContainText('other extremist groups');
    // Every number is a figure: its value with the source's hedge, linked to its entry.
    await expect(finding.locator('a.fig[data-fig="peak-monthly-flow"]')).toHaveText('2,000 a month');
    await expect(finding.locator('a.fig[data-fig="current-monthly-flow"]')).toHaveText('as few as 50 a month');
    // The picture: the first key figure, with its two bars, the peak against the latest.
    const first = page.locator('#chart-key-figures .key-figure').first();
    await inFirstScreen(first.locator('.key-figure__number'));
    await inFirstScreen(first.locator('.key-figure__compare'));
    await expect(first.locator('.key-figure__compare svg')).toHaveCount(2);
  });

  test('the header keeps to one row, and its Menu opens every page of the navigation', async ({ page }) => {
    await page.goto('/');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())?.height).toBeLessThan(72);
    const menu = page.locator('.site-menu');
    const nav = menu.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await menu.getByText('Menu').click();
    await expect(nav).toBeVisible();
    for (const t of THEME_PAGES) await expect(nav.locator(`a[href="${pathOf(t.id)}"]`)).toBeVisible();
  });
});

for (const width of [900, 1280, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    test('every link of the navigation is shown, all on one line', async ({ page }) => {
      await page.goto('/decline/');
      const links = page.locator('.site-header .site-nav a');
      await expect(links.first()).toBeVisible();
      const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThan(5);
      expect(new Set(tops).size, `link tops ${tops.join(', ')}`).toBe(1);
    });
  });
}

test('after the story in brief, the themes section leads to every theme of the story', async ({ sharedPage: page }) => {
  await page.goto('/');
  const order = await page.locator('.page__body h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(order.indexOf('in-brief')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('in-brief')).toBeLessThan(order.indexOf('themes'));
  // The links between the themes heading and the next section's.
  const links = await page.locator('#themes').evaluate((h) => {
    const out: string[] = [];
    for (let el = h.parentElement?.nextElementSibling; el && !el.querySelector('h2'); el = el.nextElementSibling)
      out.push(...[...el.querySelectorAll('a')].map((a) => a.pathname));
    return out;
  });
  for (const t of THEME_PAGES) expect(links, `a link to ${t.label}`).toContain(pathOf(t.id));
  // The home page's published anchor for its key figures still leads to them.
  await expect(page.locator('#key-figures')).toContainText('The key figures');
});

test('the About section names the publisher, the dates, the licence, a full citation and a corrections link', async ({
  sharedPage: page,
  baseURL,
}) => {
  await page.goto('/#about');
  const about = page.locator('.about-site');
  await expect(about).toContainText('Published by');
  await expect(about).toContainText(/First published \d{1,2} \w+ \d{4}; last updated \d{1,2} \w+ \d{4}/);
  await expect(about.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  // Author or organisation, title, date, address.
  await expect(about.locator('cite')).toHaveText(
    /^.+\. The Foreign Fighter Flow: .+\. First published \d{1,2} \w+ \d{4}; last updated \d{1,2} \w+ \d{4}\. https?:\/\/\S+\/$/,
  );
  const report = new URL((await about.getByRole('link', { name: 'report it' }).getAttribute('href')) ?? '');
  expect(['mailto:', 'https:']).toContain(report.protocol);
  expect(baseURL).toBeDefined();
});

test('every page’s footer links to a correction that names the page, and each figure’s entry to one that names the figure', async ({
  sharedPage: page,
}) => {
  await page.goto('/causes/');
  const link = page.locator('.site-footer').getByRole('link', { name: 'Report an error on this page' });
  const report = new URL((await link.getAttribute('href')) ?? '');
  const filledIn = report.searchParams.get('subject') ?? report.searchParams.get('title') ?? '';
  expect(filledIn).toBe('Correction: Why the flow collapsed (/causes/)');
  await page.goto('/figures/flow/#fig-peak-monthly-flow');
  const entry = page.locator('#fig-peak-monthly-flow');
  const figure = new URL((await entry.getByRole('link', { name: 'Report an error in this figure' }).getAttribute('href')) ?? '');
  expect(figure.searchParams.get('subject') ?? figure.searchParams.get('title')).toBe('Correction: figure peak-monthly-flow');
});
