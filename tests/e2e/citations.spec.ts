/**
 * Citations (issue 13 §2): a figure is itself the link to its source entry, so nothing that
 * reads as an exponent follows a number; hovering or focusing a figure previews who said it,
 * where and when; each entry links back to every place that cites it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

/**
 * Inline elements in the page's main content that hold only a number ("66", "[12]") and follow
 * text ending in a digit: what a reader takes for "31,000 to the power 66". Runs in the page.
 */
function markersAfterDigits(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
  /** The nearest block (paragraph, cell, item) around an element: text only runs on inside one. */
  const blockOf = (el: Element) => {
    let b: Element | null = el;
    while (b && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
    return b;
  };
  let before = '';
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const el = node.parentElement;
    if (!el || el.closest('svg') || text === '') continue;
    const here = blockOf(el);
    if (here !== block) before = '';
    block = here;
    const alone = getComputedStyle(el).display === 'inline' && (el.textContent ?? '').trim() === text;
    const number = /[\d,.]*\d$/.exec(before)?.[0];
    if (alone && /^\[?\d+\]?$/.test(text) && number) found.push(`${number} + ${text}`);
    before = text;
  }
  return found;
}

const markersOn = (page: Page): Promise<string[]> => page.evaluate(markersAfterDigits);

test('the check finds a numbered marker after a number', async ({ page }) => {
  await page.setContent(
    '<main><p>Up to 31,000<sup><a href="#s">66</a></sup> people, and 144 <a href="#s">12</a> in 2013.</p></main>',
  );
  expect(await markersOn(page)).toEqual(['31,000 + 66', '144 + 12']);
});

test('no numbered marker follows a number anywhere on the site', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    found.push(...(await markersOn(page)).map((m) => `${path}: ${m}`));
  }
  expect(found).toEqual([]);
});

test.describe('a figure’s preview', () => {
  test('opens on hover with who said it, where and when, and closes when the pointer leaves', async ({ page }) => {
    await page.goto('/decline/');
    const fig = page.locator('a.fig[data-fig="current-monthly-flow"]').first();
    await fig.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('as few as 50 a month');
    await expect(tip).toContainText('Said by U.S. intelligence');
    await expect(tip).toContainText('In The Washington Post, 9 September 2016');
    await expect(fig).toHaveAttribute('aria-describedby', 'fig-preview');
    // The pointer can move onto the preview without closing it (WCAG 1.4.13).
    await tip.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await expect(fig).not.toHaveAttribute('aria-describedby', /./);
  });

  test('opens on keyboard focus, closes on Escape, and the figure still leads to its entry', async ({ page }) => {
    await page.goto('/causes/');
    const fig = page.locator('a.fig[data-fig="pentagon-monthly-flow-2016-04"]').first();
    await fig.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Said by Peter E. Gersten');
    await expect(tip).toContainText('confidence low');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(fig).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/figures\/flow\/#fig-pentagon-monthly-flow-2016-04$/);
    await expect(page.locator('#fig-pentagon-monthly-flow-2016-04')).toBeInViewport();
  });

  test('says when a figure is our own calculation', async ({ page }) => {
    await page.goto('/decline/');
    await page.locator('a.fig--derived[data-fig="global-monthly-flow-drop"]').first().focus();
    await expect(page.getByRole('tooltip')).toContainText('Our calculation: (2,000 − 50) ÷ 2,000');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a figure is a plain link to its source entry', async ({ page }) => {
    await page.goto('/decline/');
    const fig = page.locator('a.fig[data-fig="current-monthly-flow"]').first();
    await fig.click();
    await expect(page).toHaveURL(/\/figures\/flow\/#fig-current-monthly-flow$/);
    await expect(page.locator('#fig-current-monthly-flow')).toBeInViewport();
  });
});

/** The built pages, parsed once. */
const pages = new Map(
  sitemapPaths().map((path) => [path, parseHTML(readFileSync(`dist${path}index.html`, 'utf8')).document] as const),
);
/** The figure register's pages, where each figure's entry is. */
const register = [...pages].filter(([path]) => path.startsWith('/figures/'));

test('each source entry links back to every place that cites it, and each link lands on that figure', () => {
  const problems: string[] = [];
  const backLinks = new Map<string, string[]>();
  for (const entry of register.flatMap(([, doc]) => [...doc.querySelectorAll('.fig-entry')])) {
    const id = (entry.getAttribute('id') ?? '').replace(/^fig-/, '');
    const hrefs = [...entry.querySelectorAll('.fig-entry__cited a[href^="/"]')].map((a) => a.getAttribute('href') ?? '');
    backLinks.set(id, hrefs);
    for (const href of hrefs) {
      const [path = '', anchor = ''] = href.split('#');
      const target = pages.get(path)?.getElementById(anchor);
      const lands = anchor.startsWith('cite-')
        ? target?.matches('a.fig') && target.getAttribute('data-fig') === id
        : target?.querySelector(`a[href$="/#fig-${id}"]`) !== null;
      if (!target || !lands) problems.push(`${id}: ${href} does not land on the figure`);
    }
  }
  // And the other way: every figure shown in a page's text is listed in its entry.
  for (const [path, doc] of pages) {
    for (const a of doc.querySelectorAll('a.fig')) {
      const id = a.getAttribute('data-fig') ?? '';
      if (!(backLinks.get(id) ?? []).some((href) => href.startsWith(`${path}#`)))
        problems.push(`${path}#${a.getAttribute('id')}: not listed in the entry of ${id}`);
    }
  }
  expect(problems).toEqual([]);
});

test('arriving at a figure from its source entry marks it without covering the text', async ({ page }) => {
  await page.goto('/decline/#cite-warren-monthly-flow-2016-04');
  const fig = page.locator('#cite-warren-monthly-flow-2016-04');
  await expect(fig).toBeInViewport();
  expect(await fig.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});
