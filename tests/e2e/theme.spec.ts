import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^Theme: / });
/** Which of the button's three icons is shown. */
const shownIcon = (page: import('@playwright/test').Page) =>
  page
    .locator('.theme-toggle svg')
    .evaluateAll((svgs) => svgs.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('class')));

test('the page follows the system theme until the reader chooses one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/decline/');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: as the system (dark)');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(themeButton(page)).toHaveAccessibleName('Theme: as the system (light)');
  expect(await background(page)).not.toBe(dark);
});

test('the theme button goes through three states, each with its own icon, and back to following the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/decline/');
  const light = await background(page);
  const button = themeButton(page);
  expect(await shownIcon(page)).toEqual(['theme-icon theme-icon--system']);
  await expect(button).toHaveAttribute('title', 'Theme: as the system (light). Press for dark.');

  await button.click(); // the first press always changes the page
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(button).toHaveAccessibleName('Theme: dark');
  expect(await shownIcon(page)).toEqual(['theme-icon theme-icon--dark']);
  expect(await background(page)).not.toBe(light);

  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await shownIcon(page)).toEqual(['theme-icon theme-icon--light']);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');

  await button.click(); // back to the system's setting: nothing stored, the system's changes followed
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  expect(await shownIcon(page)).toEqual(['theme-icon theme-icon--system']);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).not.toBe(light);
});

test('a chosen theme persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/decline/');
  await themeButton(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/causes/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: dark');
  expect(await shownIcon(page)).toEqual(['theme-icon theme-icon--dark']);
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
