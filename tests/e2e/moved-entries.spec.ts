/**
 * The long listings live on parts of their own (the figure register under /figures/, the source
 * list by year under /sources/…/, people and countries in parts), and every address published
 * before still lands on its entry: /sources/#fig-…, /sources/#src-…, /people/#valls,
 * /countries/#kosovo, /sources/#figures-icsr, and the sections and charts of What came after that
 * moved to its second part (/aftermath/#al-hol). With JavaScript the reader is sent straight on;
 * without it they land on the line of the old page that links there.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

const html = (path: string) => parseHTML(readFileSync(`dist${path}index.html`, 'utf8')).document;
const moved = JSON.parse(readFileSync('dist/moved-anchors.json', 'utf8')) as Record<string, Record<string, string>>;

test('every figure keeps its old id on the sources page, in the line of the part that holds its entry', () => {
  const entries = sitemapPaths()
    .filter((p) => p.startsWith('/figures/'))
    .flatMap((p) => [...html(p).querySelectorAll('.fig-entry')].map((el) => ({ id: el.id, path: p })));
  expect(entries.length).toBeGreaterThan(400);
  const sources = html('/sources/');
  const problems: string[] = [];
  for (const { id, path } of entries) {
    const mark = sources.getElementById(id);
    const link = mark?.parentElement?.querySelector('a');
    if (!mark?.closest('.sub-pages')) problems.push(`${id}: no mark in the list of parts`);
    else if (new URL(link?.getAttribute('href') ?? '', 'http://x').pathname !== path)
      problems.push(`${id}: its line links elsewhere than ${path}`);
  }
  expect(problems).toEqual([]);
});

test('every source that left the sources page is found where moved-anchors.json says', () => {
  const list = Object.entries(moved['/sources/'] ?? {});
  expect(list.length).toBeGreaterThan(200);
  const problems = list.filter(([id, to]) => {
    const [path = '', anchor = ''] = to.split('#');
    return anchor !== id || html(path).getElementById(id)?.tagName !== 'LI';
  });
  expect(problems).toEqual([]);
});

test.describe('with JavaScript, an old address goes straight to the entry', () => {
  for (const [from, to] of [
    ['/sources/#fig-peak-monthly-flow', '/figures/flow/#fig-peak-monthly-flow'],
    ['/sources/#fig-icsr-2015-belgium', '/figures/country-estimates/#fig-icsr-2015-belgium'],
    ['/sources/#figures-icsr', '/figures/country-estimates/#figures-icsr'],
    ['/people/#valls', '/people/quoted/#valls'],
    ['/countries/#kosovo', '/countries/after-2016/#kosovo'],
    ['/sources/#src-warnewsupdates-2016-09-09', '/sources/2016/#src-warnewsupdates-2016-09-09'],
    ['/aftermath/#camps-and-prisons', '/aftermath/camps-and-new-fronts/#camps-and-prisons'],
    ['/aftermath/#repatriation', '/aftermath/camps-and-new-fronts/#repatriation'],
    ['/aftermath/#chart-al-hol-population', '/aftermath/camps-and-new-fronts/#chart-al-hol-population'],
  ] as const) {
    test(`${from} lands on ${to}`, async ({ page }) => {
      await page.goto(from);
      await expect(page).toHaveURL(new RegExp(`${to.replace(/[/.]/g, '\\$&')}$`));
      const entry = page.locator(`[id="${to.split('#')[1]}"]`);
      await expect(entry).toBeInViewport();
      expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
    });
  }

  test('Back from the entry returns to the page the reader came from, not to the old address', async ({ page }) => {
    await page.goto('/decline/');
    await page.goto('/sources/#fig-peak-monthly-flow');
    await expect(page).toHaveURL(/\/figures\/flow\/#fig-peak-monthly-flow$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/decline\/$/);
  });

  test('the sources page opened without an address of an entry stays where it is', async ({ page }) => {
    await page.goto('/sources/#how-checked');
    await expect(page.locator('#how-checked')).toBeInViewport();
    await expect(page).toHaveURL(/\/sources\/#how-checked$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an old address of a figure lands on the line that links to the part holding it', async ({ page }) => {
    await page.goto('/sources/#fig-peak-monthly-flow');
    const line = page.locator('.sub-pages li', { has: page.locator('[id="fig-peak-monthly-flow"]') });
    await expect(line).toBeInViewport();
    await line.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/figures\/flow\//);
    await expect(page.locator('#fig-peak-monthly-flow')).toHaveCount(1);
  });

  test('an old address of a person lands on the link to their entry, one click from it', async ({ page }) => {
    await page.goto('/people/#valls');
    const link = page.locator('#valls');
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(/\/people\/quoted\/#valls$/);
    await expect(page.locator('#valls')).toBeInViewport();
  });

  test('an old address of a section of What came after lands on the link to its new page', async ({ page }) => {
    await page.goto('/aftermath/#al-hol');
    const link = page.locator('#al-hol');
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(/\/aftermath\/camps-and-new-fronts\/#al-hol$/);
    await expect(page.getByRole('heading', { level: 3, name: 'Al-Hol and Roj' })).toBeInViewport();
  });

  test('an old address of a chart of What came after lands in the line of the page that holds it', async ({ page }) => {
    await page.goto('/aftermath/#chart-repatriation-by-country');
    const line = page.locator('.sub-pages li', { has: page.locator('[id="chart-repatriation-by-country"]') });
    await expect(line).toBeInViewport();
    await line.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/aftermath\/camps-and-new-fronts\//);
    await expect(page.locator('#chart-repatriation-by-country')).toHaveCount(1);
  });
});

test('a figure in the text lands on its entry in one click', async ({ page }) => {
  await page.goto('/causes/');
  const fig = page.locator('a.fig').first();
  const id = (await fig.getAttribute('data-fig')) ?? '';
  await fig.click();
  await expect(page).toHaveURL(new RegExp(`^[^#]*/figures/[a-z0-9-]+/#fig-${id}$`));
  await expect(page.locator(`#fig-${id}`)).toBeInViewport();
});

test('with the keyboard: a figure, then the register’s link back to the text, each one key away', async ({ page }) => {
  await page.goto('/causes/');
  const fig = page.locator('a.fig').first();
  const id = (await fig.getAttribute('data-fig')) ?? '';
  await fig.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/figures/[a-z0-9-]+/#fig-${id}$`));
  const back = page.locator(`#fig-${id} .fig-entry__cited a[href^="/causes/"]`).first();
  await back.focus();
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/causes\/#cite-/);
  await expect(page.locator(`a.fig[data-fig="${id}"]`).first()).toBeInViewport();
});

test('the people page lists every entry by name, each one link from it, in reading order', async ({ sharedPage: page }) => {
  await page.goto('/people/');
  const links = page.locator('.sub-pages a');
  expect(await links.count()).toBeGreaterThan(100);
  // The parts are in NAV order: the first line is the first section of the first part.
  await expect(links.first()).toHaveAttribute('href', '/people/quoted/#people');
});
