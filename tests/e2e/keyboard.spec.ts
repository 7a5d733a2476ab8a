import { expect, test } from './fixtures';

// Pages of each kind: home, a theme page with a chart and tables, a reference page.
for (const path of ['/', '/decline/', '/timeline/']) {
  test(`on ${path}, Tab alone reaches every visible link and control`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, [tabindex="0"]')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'))
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press('Tab');
      const html = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
      reached.add(html);
    }
    const missed = expected.filter((html) => !reached.has(html));
    expect(missed).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/causes/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
