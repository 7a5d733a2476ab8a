/**
 * What search repeats back is what it searched: the status line and the search page's address
 * keep only the first 200 characters of a query. The box itself takes no more than 200
 * (maxlength), but an address can carry any length. A malformed hash on a page opened from a
 * result throws nothing.
 */
import { expect, test } from './fixtures';

const MAX_QUERY = 200;

test('a 300-character query in the address is searched, shown and kept as its first 200 characters', async ({ page }) => {
  const typed = `border ${'x'.repeat(293)}`;
  await page.goto(`/search/?q=${encodeURIComponent(typed)}`);
  const status = page.locator('.page__body .search__status');
  await expect(status).toContainText(' for “border');
  const shown = /“([^”]*)”/.exec((await status.textContent()) ?? '')?.[1] ?? '';
  expect(shown).toBe(typed.slice(0, MAX_QUERY));
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(typed.slice(0, MAX_QUERY));
});

test('a page opened from a result with a malformed hash highlights the words and throws nothing', async ({ page }) => {
  await page.goto('/causes/?highlight=border#%E0%A4%A');
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
});
