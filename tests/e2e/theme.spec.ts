import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the page follows the system theme until the reader chooses one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/decline/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).not.toBe(dark);
});

test('the theme toggle switches theme and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/decline/');
  const light = await background(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).not.toBe(light);
  await page.goto('/causes/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('a saved theme is applied before the body exists, so the wrong theme never flashes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.addInitScript(() => {
    const record = window as unknown as { themeSetWhileBodyMissing?: boolean };
    new MutationObserver(() => {
      if (document.documentElement.dataset['theme'] === 'dark' && record.themeSetWhileBodyMissing === undefined) {
        record.themeSetWhileBodyMissing = document.body === null;
      }
    }).observe(document, { attributes: true, subtree: true });
  });
  await page.goto('/decline/');
  expect(await page.evaluate(() => (window as unknown as { themeSetWhileBodyMissing?: boolean }).themeSetWhileBodyMissing)).toBe(
    true,
  );
});
