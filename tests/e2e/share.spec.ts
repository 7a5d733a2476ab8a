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
