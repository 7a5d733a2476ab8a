/** "Share" on a section and "Cite" on a chart copy a link or a citation and say so. */
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('a section’s share button copies its link, and its citation, with a visible and spoken confirmation', async ({
  page,
  baseURL,
}) => {
  await page.goto('/causes/');
  await page.getByRole('button', { name: 'Share section: Turkey’s no-entry list' }).click();
  const popover = page.getByRole('dialog', { name: 'Share this section' });
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await popover.getByRole('button', { name: 'Copy link' }).click();
  await expect(popover.getByRole('button', { name: 'Link copied' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
  expect(await clipboard(page)).toBe(`${baseURL}/causes/#no-entry-list`);
  await popover.getByRole('button', { name: 'Copy citation' }).click();
  const citation = await clipboard(page);
  expect(citation).toMatch(
    /^“Turkey’s no-entry list”, in Why the flow collapsed, The Foreign Fighter Flow\. http:\/\/localhost:\d+\/causes\/#no-entry-list \(accessed \d{1,2} \w+ \d{4}\)\.$/,
  );
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('a chart’s cite button copies a citation of the chart', async ({ page }) => {
  await page.goto('/decline/');
  const chart = page.locator('#chart-monthly-flow');
  await chart.getByRole('button', { name: 'Cite' }).click();
  await expect(chart.getByRole('button', { name: 'Citation copied' })).toBeVisible();
  expect(await clipboard(page)).toMatch(
    /^“Foreign recruits entering Syria each month”, in The decline, The Foreign Fighter Flow\. .*\/decline\/#chart-monthly-flow \(accessed/,
  );
});

test.describe('where Share shows', () => {
  const share = (page: import('@playwright/test').Page, name: string) =>
    page.getByRole('button', { name: `Share section: ${name}` });
  const opacity = (locator: import('@playwright/test').Locator) => locator.evaluate((el) => getComputedStyle(el).opacity);

  test('with a mouse, beside a heading pointed at or reached with the keyboard, and nowhere else', async ({ page }) => {
    await page.goto('/causes/');
    const button = share(page, 'Turkey’s no-entry list');
    await expect.poll(() => opacity(button)).toBe('0');
    await page.locator('#no-entry-list').hover();
    await expect.poll(() => opacity(button)).toBe('1');
    await page.mouse.move(0, 0);
    await expect.poll(() => opacity(button)).toBe('0');
    await button.focus();
    await expect.poll(() => opacity(button)).toBe('1');
  });

  test.describe('on a touch screen at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

    test('always, as an icon that leaves a short heading on one line', async ({ page }) => {
      await page.goto('/decline/');
      const button = share(page, 'How many went');
      await expect(button).toBeVisible();
      await expect.poll(() => opacity(button)).toBe('1');
      const box = await button.boundingBox();
      expect(box?.width).toBeLessThanOrEqual(32);
      expect(box?.height).toBeGreaterThanOrEqual(24); // large enough to tap
      const heading = page.locator('#how-many-went');
      const lines = await heading.evaluate((h) =>
        Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)),
      );
      expect(lines).toBe(1);
    });
  });

  test('never in print', async ({ page }) => {
    await page.goto('/causes/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.heading__share').first()).toBeHidden();
    await expect(page.locator('.heading__share:visible')).toHaveCount(0);
  });

  test.describe('the 404 page', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });

    test('has none', async ({ page }) => {
      await page.goto('/no-such-page/');
      await expect(page.getByRole('heading', { name: 'All pages' })).toBeVisible();
      await expect(page.locator('.heading__share')).toHaveCount(0);
    });
  });
});
