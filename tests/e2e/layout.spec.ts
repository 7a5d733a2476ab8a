import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const paths = sitemapPaths();

test.describe('at 320 px wide', () => {
  for (const path of paths) {
    test(`${path} has no horizontal scrolling`, async ({ sharedPage: page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('lines of prose hold about 65 to 75 characters on a wide screen', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/decline/');
  // Characters per line of the page's longest paragraph: its length over its number of lines.
  const perLine = await page.evaluate(() => {
    // Visible text only: screen-reader labels are not on the line.
    const visible = (p: HTMLElement) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
      return copy.textContent?.length ?? 0;
    };
    const ps = [...document.querySelectorAll<HTMLElement>('.page__body > p')];
    const p = ps.sort((a, b) => visible(b) - visible(a))[0];
    if (!p) return 0;
    const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
    return visible(p) / Math.max(lines - 0.5, 1);
  });
  expect(perLine).toBeGreaterThan(55);
  expect(perLine).toBeLessThan(85);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of paths) {
    test(`${path} shows its text, navigation and contents list`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.locator('h1')).toBeVisible();
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
      // Controls that need a script stay hidden rather than dead.
      await expect(page.locator('.theme-toggle')).toBeHidden();
    });
  }
});

test('printing drops the navigation and the controls, and writes out the addresses of other sites only', async ({
  sharedPage: page,
}) => {
  await page.goto('/causes/');
  await page.emulateMedia({ media: 'print' });
  for (const control of ['.site-header', '.toc', '.heading__anchor', '.heading__share', '.search-trigger', '.pager'])
    await expect(page.locator(`${control}:visible`), control).toHaveCount(0);
  const after = (selector: string) =>
    page.evaluate((s) => {
      const a = document.querySelector(s);
      return a ? getComputedStyle(a, '::after').content : 'missing';
    }, selector);
  // A link within the site means nothing on paper: no address. A link to another site: in full.
  expect(await after('.page__body p a[href^="/"]:not(.fig)')).toBe('none');
  await page.goto('/sources/');
  const external = await page.locator('.page__body a[href^="http"]').first().getAttribute('href');
  expect(await after('.page__body a[href^="http"]')).toBe(`" <${external}>"`);
});

test('a page ends with the sources it cites: closed on screen, open in print', async ({ sharedPage: page }) => {
  await page.goto('/causes/');
  const list = page.locator('.page__footer details.printed-sources');
  const summary = list.locator('summary');
  await expect(summary).toHaveText(/^Sources cited on this page \(\d+\)$/);
  const entries = list.locator('li');
  await expect(entries.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  try {
    await expect(entries.first()).toBeVisible();
    // The sources of the figures the page shows, with their addresses written out.
    await expect(list).toContainText('The Washington Post');
    await expect(list).toContainText('https://www.washingtonpost.com/world/europe/flow-of-foreign-fighters-plummets');
    expect(await entries.count()).toBeGreaterThan(1);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  // A reader opens it on screen, and each address is a link.
  await summary.click();
  await expect(entries.first()).toBeVisible();
  const post = list.getByRole('link', { name: /washingtonpost\.com\/world\/europe\/flow-of-foreign-fighters/ });
  await expect(post).toHaveAttribute('rel', 'external noreferrer');
  // As many entries as the summary says.
  const said = Number((await summary.textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(await entries.count()).toBe(said);
});

test('with reduced motion, the page scrolls to anchors without animation', async ({ sharedPage: page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/decline/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
