/**
 * How a reader meets a chart: the takeaway and a one-line source in view, the rest behind one
 * control (with and without JavaScript, with the keyboard, and open in print); tables that never
 * hide a column on a phone; the map's two views; wide charts using the page's width; tooltips
 * that keep their width at the edges; a click doing what Enter does; the dataset downloads.
 */
import { CHARTS } from '../../src/charts/registry';
import { loadDataset } from '../../src/data/dataset';
import { HIT_TARGET, expect, test } from './fixtures';

const data = loadDataset();
const charts = CHARTS.map((chart) => {
  const model = chart.build(data);
  return { id: chart.id, page: model.text.page === 'index' ? '/' : `/${model.text.page}/`, figure: `#${model.anchor}`, model };
});
const drawn = charts.filter((c) => !c.model.html);

test.describe('the words under a chart', () => {
  for (const { id, page, figure, model } of charts) {
    test(`${id}: takeaway and one-line source visible; full sources, notes and table behind one closed control`, async ({
      sharedPage: p,
    }) => {
      await p.goto(page);
      await expect(p.locator(`${figure} .chart__takeaway`)).toBeVisible();
      const source = p.locator(`${figure} > .chart__source`);
      await expect(source).toBeVisible();
      // One line at 1280 px (it may wrap on a phone, never into a paragraph).
      const lines = await source.evaluate((el) =>
        Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      );
      expect(lines).toBeLessThanOrEqual(2);
      const more = p.locator(`${figure} details.chart__more`);
      await expect(more).toHaveCount(1);
      await expect(more).not.toHaveAttribute('open');
      // The table, or for a chart whose rows the page lists (the timeline), the link to the list.
      const data = p.locator(`${figure} .chart__data`).locator(model.listedOnPage ? 'a' : 'table');
      await expect(data).toBeHidden();
      if (model.text.notes.length > 0) await expect(p.locator(`${figure} .chart__notes`)).toBeHidden();
      await more.locator('summary').click();
      await expect(data).toBeVisible();
      await expect(p.locator(`${figure} .chart__source-full`)).toContainText(model.source.slice(0, 30));
    });
  }

  test('the control opens with the keyboard', async ({ sharedPage: p }) => {
    await p.goto('/decline/');
    const summary = p.locator('#chart-monthly-flow .chart__more summary');
    await summary.focus();
    await p.keyboard.press('Enter');
    await expect(p.locator('#chart-monthly-flow .chart__data table')).toBeVisible();
    await p.keyboard.press('Enter');
    await expect(p.locator('#chart-monthly-flow .chart__data table')).toBeHidden();
  });

  test('in print, every chart’s sources, notes and table are open, without the control', async ({ sharedPage: p }) => {
    await p.goto('/decline/');
    await p.emulateMedia({ media: 'print' });
    try {
      for (const id of ['monthly-flow', 'country-before-after']) {
        await expect(p.locator(`#chart-${id} .chart__data table`)).toBeVisible();
        await expect(p.locator(`#chart-${id} .chart__notes`)).toBeVisible();
        await expect(p.locator(`#chart-${id} .chart__source-full`)).toBeVisible();
        await expect(p.locator(`#chart-${id} .chart__more summary`)).toBeHidden();
        await expect(p.locator(`#chart-${id} .chart-tools`)).toBeHidden();
      }
    } finally {
      await p.emulateMedia({ media: 'screen' });
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the control still opens, and the map’s views still switch', async ({ page: p }) => {
      await p.goto('/regional-shifts/');
      const fig = p.locator('#chart-origins-map');
      await fig.locator('.chart__more summary').click();
      await expect(fig.locator('.chart__data table')).toBeVisible();
      await expect(fig.locator('svg:visible .chart-view-1').first()).toBeVisible();
      await fig.getByLabel('per million inhabitants').check();
      await expect(fig.locator('svg:visible .chart-view-2').first()).toBeVisible();
      await expect(fig.locator('svg:visible .chart-view-1').first()).toBeHidden();
    });
  });
});

test.describe('tables on a phone', () => {
  // A chart whose rows the page lists (the timeline) has no table of its own.
  for (const { id, page, figure } of charts.filter((c) => !c.model.listedOnPage)) {
    test(`${id}: at 320 px no column of the data table is cut off`, async ({ sharedPage: p }) => {
      await p.setViewportSize({ width: 320, height: 800 });
      await p.goto(page);
      await p.locator(`${figure} .chart__more summary`).click();
      const table = p.locator(`${figure} .chart__data`);
      await expect(table).toBeVisible();
      // Every cell lies inside the table's box, and the box does not scroll sideways.
      const cut = await table.evaluate((wrap) => {
        const box = wrap.getBoundingClientRect();
        const cells = [...wrap.querySelectorAll('td')].filter((td) => {
          const r = td.getBoundingClientRect();
          return r.right > box.right + 1 || r.left < box.left - 1;
        });
        return { cells: cells.length, scrolls: wrap.scrollWidth > wrap.clientWidth + 1 };
      });
      expect(cut).toEqual({ cells: 0, scrolls: false });
      // Each value carries its column's name.
      const first = table.locator('tbody tr').first().locator('td').first();
      const label = await first.evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label).not.toBe('none');
    });
  }
});

test.describe('wide charts', () => {
  test('at 1280 px the map and the timeline take the page’s width, the others the reading column', async ({ sharedPage: p }) => {
    await p.setViewportSize({ width: 1280, height: 900 });
    for (const [page, id, wide] of [
      ['/regional-shifts/', 'origins-map', true],
      ['/timeline/', 'timeline', true],
      ['/decline/', 'monthly-flow', false],
    ] as const) {
      await p.goto(page);
      const figure = await p.locator(`#chart-${id}`).boundingBox();
      const body = await p.locator('.page__body').boundingBox();
      const toc = await p.locator('.toc').boundingBox();
      expect(figure && body && toc).toBeTruthy();
      if (!figure || !body || !toc) continue;
      if (wide) expect(Math.abs(figure.x + figure.width - (toc.x + toc.width)), id).toBeLessThan(2);
      else expect(figure.width, id).toBeLessThanOrEqual(body.width + 1);
      expect(figure.width, id).toBeGreaterThan(wide ? 850 : 500);
    }
  });
});

test.describe('exploring a chart', () => {
  test('a tooltip keeps its width at the edges of a chart', async ({ sharedPage: p }) => {
    await p.setViewportSize({ width: 375, height: 800 });
    await p.goto('/decline/');
    const svg = p.locator('#chart-monthly-flow svg.chart__svg:visible');
    const tooltip = p.locator('#chart-monthly-flow .chart__tooltip');
    const canvas = await p.locator('#chart-monthly-flow .chart__canvas').boundingBox();
    await svg.focus();
    await p.keyboard.press('Home');
    await expect(tooltip).toBeVisible();
    const atStart = await tooltip.boundingBox();
    const first = (await tooltip.textContent()) ?? '';
    await p.keyboard.press('End');
    await expect(tooltip).not.toHaveText(first);
    const atEnd = await tooltip.boundingBox();
    for (const box of [atStart, atEnd]) {
      expect(box && canvas).toBeTruthy();
      if (!box || !canvas) continue;
      expect(box.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      // Not squeezed into a sliver: as wide as its limit (18rem, or the chart) or its text.
      expect(box.width).toBeGreaterThan(Math.min(200, canvas.width * 0.6));
    }
  });

  test('tooltips keep place names capitalised and name an outlet once', async ({ sharedPage: p }) => {
    await p.goto('/reverse-flows/');
    const labels = await p
      .locator('#chart-who-could-return svg.chart__svg--wide [data-point]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-label') ?? ''));
    expect(labels.find((l) => l.includes('in Libya'))).toBeTruthy();
    expect(labels.join(' ')).not.toMatch(/in libya|syria and iraq/);
    for (const l of labels) expect(l).not.toMatch(/(The [A-Z][\w ]+), \1/);
  });

  for (const { id, page, figure } of drawn.slice(0, 3)) {
    test(`${id}: a click on a value does what Enter does, opening its source`, async ({ page: p }) => {
      await p.setViewportSize({ width: 1280, height: 900 });
      await p.goto(page);
      // The value under the pointer at the middle of the second mark's target, as the page sees it.
      await p.locator(`${figure} svg.chart__svg:visible`).scrollIntoViewIfNeeded();
      const box = await p.locator(`${figure} svg.chart__svg:visible`).locator(HIT_TARGET).nth(1).boundingBox();
      expect(box).toBeTruthy();
      const x = (box?.x ?? 0) + (box?.width ?? 0) / 2;
      const y = (box?.y ?? 0) + (box?.height ?? 0) / 2;
      const href = await p.evaluate(
        ([px, py]) =>
          document
            .elementFromPoint(px ?? 0, py ?? 0)
            ?.closest('[data-point]')
            ?.getAttribute('data-href') ?? '',
        [x, y],
      );
      expect(href).toBeTruthy();
      await p.mouse.move(x, y);
      await p.mouse.down();
      await p.mouse.up();
      await expect(p).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    });
  }

  test('on a touch screen a first tap shows the value, a second opens its source', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const p = await context.newPage();
    try {
      await p.goto('/decline/');
      const hit = p.locator('#chart-monthly-flow svg.chart__svg:visible').locator(HIT_TARGET).first();
      await hit.tap({ force: true });
      await expect(p.locator('#chart-monthly-flow .chart__tooltip')).toBeVisible();
      await expect(p).toHaveURL(/\/decline\/$/);
      await hit.tap({ force: true });
      await expect(p).toHaveURL(/\/figures\/[a-z0-9-]+\/#fig-/);
    } finally {
      await context.close();
    }
  });
});

test.describe('dataset downloads', () => {
  test('the sources page links the whole dataset, and each file is served', async ({ sharedPage: p, request }) => {
    await p.goto('/sources/');
    const links = p.locator('.heading:has(#downloads) ~ ul a[href^="/data/"]');
    await expect(links).toHaveCount(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type']).toMatch(href.endsWith('.json') ? /^application\/json/ : /^text\/csv/);
    }
  });
});
