import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const paths = sitemapPaths();

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of paths) {
    test(`${path} has no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('lines of prose stay within about 75 characters', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/decline/');
  const ratio = await page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('.page__body > p');
    if (!p) return 0;
    const probe = document.createElement('span');
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz '.repeat(4);
    p.append(probe);
    const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
    probe.remove();
    return p.getBoundingClientRect().width / perChar;
  });
  expect(ratio).toBeGreaterThan(55);
  expect(ratio).toBeLessThan(80);
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

test('printing drops the navigation and writes out link targets', async ({ page }) => {
  await page.goto('/causes/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  const after = await page.evaluate(() => {
    const a = document.querySelector('.page__body p a[href^="/"]:not(.fig__ref)');
    return a ? getComputedStyle(a, '::after').content : '';
  });
  expect(after).toContain('/');
});

test('with reduced motion, the page scrolls to anchors without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/decline/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
