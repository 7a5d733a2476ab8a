/**
 * Published anchors are a promise: every one in tests/published-anchors.txt still resolves,
 * every anchor the site publishes is on the list (added with `npm run anchors`), and a link to
 * a retired id lands on the section it became.
 */
import { readFileSync } from 'node:fs';
import { builtAnchors, listedAnchors } from '../../scripts/published-anchors';
import { expect, test } from './fixtures';

const built = new Set(builtAnchors());
const idsOn = (path: string) =>
  new Set([...readFileSync(`dist${path}index.html`, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('every listed anchor still exists on its page', () => {
  const missing = listedAnchors().filter((a) => {
    const [path = '', id = ''] = a.split('#');
    return !idsOn(path).has(id);
  });
  expect(missing).toEqual([]);
});

test('every anchor the site publishes is on the list', () => {
  const listed = new Set(listedAnchors());
  expect([...built].filter((a) => !listed.has(a))).toEqual([]);
});

test('a link to a section shows that section, for a sample of listed anchors', async ({ sharedPage: page }) => {
  const sample = listedAnchors().filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 12)) === 0);
  for (const anchor of sample) {
    await page.goto(anchor);
    const id = decodeURIComponent(anchor.split('#')[1] ?? '');
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  }
});
