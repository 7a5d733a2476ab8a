import { expect, test } from './fixtures';

// Pages of each kind: home, a theme page with a chart and tables, a reference page.
for (const path of ['/', '/decline/', '/timeline/']) {
  test(`on ${path}, Tab alone reaches every visible link and control`, async ({ sharedPage: page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const expected = await page.evaluate(() => {
      // Every element that takes focus is noted as it does, so the Tabs below need no round trip each.
      const w = window as unknown as { reached: string[] };
      w.reached = [];
      document.addEventListener('focusin', (e) => w.reached.push((e.target as Element).outerHTML.slice(0, 120)));
      return [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, [tabindex="0"]')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'))
        .map((el) => el.outerHTML.slice(0, 120));
    });
    for (let i = 0; i < expected.length + 5; i++) await page.keyboard.press('Tab');
    const reached = new Set(await page.evaluate(() => (window as unknown as { reached: string[] }).reached));
    const missed = expected.filter((html) => !reached.has(html));
    expect(missed).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ sharedPage: page }) => {
  await page.goto('/causes/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
