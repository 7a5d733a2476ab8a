import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const paths = sitemapPaths();

test('the sitemap lists every page of the site', () => {
  for (const p of [
    '/',
    '/decline/',
    '/causes/',
    '/reverse-flows/',
    '/regional-shifts/',
    '/aftermath/',
    '/timeline/',
    '/countries/',
    '/people/',
    '/sources/',
    '/topics/',
    '/search/',
  ]) {
    expect(paths).toContain(p);
  }
});

for (const path of paths) {
  test(`${path} loads with a title, one h1, a description and no console error`, async ({ sharedPage: page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/The Foreign Fighter Flow/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
  });
}

test('a link to /causes/#border-sealed shows that heading below the top of the window', async ({ sharedPage: page }) => {
  await page.goto('/causes/#border-sealed');
  const heading = page.locator('#border-sealed');
  await expect(heading).toBeInViewport();
  const box = await heading.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
});

test('every section heading has a visible link to itself with an accessible name', async ({ sharedPage: page }) => {
  await page.goto('/decline/');
  const headings = page.locator('.page__body :is(h2, h3)');
  const count = await headings.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i++) {
    const h = headings.nth(i);
    const id = await h.getAttribute('id');
    const text = (await h.textContent())?.trim() ?? '';
    const link = page.locator(`a.heading__anchor[href="#${id}"]`);
    await expect(link).toHaveAccessibleName(`Link to section: ${text}`);
  }
});

test('the contents list marks the section being read', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/decline/');
  const ids = await page.locator('.page__body h2').evaluateAll((hs) => hs.map((h) => h.id));
  const middle = ids[Math.floor(ids.length / 2)] ?? '';
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), middle);
  await expect(page.locator(`.toc a[href="#${middle}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
  // At the very bottom, the last section is the one being read.
  await page.keyboard.press('End');
  const last = await page.locator('.toc a').last().getAttribute('href');
  await expect(page.locator(`.toc a[href="${last}"]`)).toHaveAttribute('aria-current', 'true');
});

test('previous and next links connect the theme pages in reading order', async ({ sharedPage: page }) => {
  await page.goto('/causes/');
  await expect(page.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/decline/');
  await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/reverse-flows/');
});

test.describe('unknown addresses', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('an unknown address gets the 404 page, which offers a way back', async ({ sharedPage: page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not find|not found/i);
    await expect(page.getByRole('link', { name: 'Decline' }).first()).toBeVisible();
  });
});

test.describe('a long page on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('keeps its contents and a way back to the top in reach, however far the reader has scrolled', async ({ page }) => {
    await page.goto('/aftermath/');
    const ids = await page.locator('.page__body h2').evaluateAll((hs) => hs.map((h) => h.id));
    const late = ids.at(-2) ?? '';
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), late);
    const bar = page.locator('.toc');
    const contents = bar.locator('summary');
    await expect(contents).toBeInViewport();
    expect((await bar.boundingBox())?.y).toBe(0);
    // The bar names the section being read.
    await expect(bar.locator('.toc__current')).toHaveText((await page.locator(`#${late}`).textContent()) ?? '');
    // Choosing a section closes the list and shows the section's heading below the bar.
    await contents.click();
    const target = ids[1] ?? '';
    await bar.locator(`a[href="#${target}"]`).click();
    await expect(bar.locator('details')).not.toHaveAttribute('open');
    const heading = page.locator(`#${target}`);
    await expect(heading).toBeInViewport();
    const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(barBottom);
    // "Top" brings back the header, with the menu and search.
    await bar.getByRole('link', { name: /Top/ }).click();
    await expect(page.locator('.site-header')).toBeInViewport();
  });
});

test.describe('a long page on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });

  test('still offers the contents bar, the Top link and the Menu', async ({ page }) => {
    await page.goto('/causes/');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(page.locator('.toc summary')).toBeInViewport();
    await page.locator('.toc summary').click();
    await expect(page.locator('.toc a[href="#no-entry-list"]')).toBeVisible();
    await page.locator('.toc').getByRole('link', { name: /Top/ }).click();
    await page.locator('.site-menu summary').click();
    await expect(page.locator('.site-menu').getByRole('link', { name: 'Sources' })).toBeVisible();
  });
});

test('in the figure register, a link to another figure’s entry lands on that entry', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/figures/after-2016-returns/');
  // The entries far down the register are laid out only as they come near (reference.css).
  const link = page.locator('.fig-entry__meta a[href^="/figures/after-2016-returns/#fig-"]').last();
  const href = `#${((await link.getAttribute('href')) ?? '').split('#')[1]}`;
  await link.click();
  await expect(page.locator(href)).toBeInViewport();
  await expect.poll(async () => (await page.locator(href).boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
});
