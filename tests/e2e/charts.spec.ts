/**
 * Every chart in the registry, on the page its text names: drawn at every width with no text
 * under 12 px, its table the same as the dataset, its downloads served, explorable with the
 * keyboard, and complete without JavaScript.
 */
import { CHARTS } from '../../src/charts/registry';
import { loadDataset } from '../../src/data/dataset';
import { HIT_TARGET, expect, test } from './fixtures';

const data = loadDataset();
const charts = CHARTS.map((chart) => {
  const model = chart.build(data);
  const page = model.text.page === 'index' ? '/' : `/${model.text.page}/`;
  return { id: chart.id, model, page, figure: `#${model.anchor}` };
});

/**
 * Puts keyboard focus just before the drawing, so that the next Tab is the chart's first stop
 * (after any controls above it, such as the map's choice of view).
 */
async function focusBefore(page: import('@playwright/test').Page, figure: string): Promise<void> {
  await page.locator(figure).evaluate((fig) => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    (fig.querySelector('.chart__canvas') ?? fig).before(start);
    start.focus();
  });
}

/** Smallest rendered size of any SVG text in the figure, in CSS px. */
async function smallestText(page: import('@playwright/test').Page, figure: string): Promise<number> {
  return page.locator(figure).evaluate((fig) => {
    let smallest = Infinity;
    for (const svg of fig.querySelectorAll<SVGSVGElement>('svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const scale = svg.viewBox.baseVal.width ? box.width / svg.viewBox.baseVal.width : 1;
      for (const t of svg.querySelectorAll('text, tspan')) {
        if (!t.textContent?.trim()) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
      }
    }
    return smallest;
  });
}

for (const { id, model, page, figure } of charts) {
  test.describe(`chart ${id}`, () => {
    test('at every width from 320 to 1280 px it shows a drawing with no text under 12 px', async ({ sharedPage: p }) => {
      await p.goto(page);
      // One load, resized: the drawings answer to their container's width through CSS alone.
      for (const width of [320, 500, 560, 768, 1280]) {
        await p.setViewportSize({ width, height: 900 });
        await expect(p.locator(figure), `at ${width} px`).toBeVisible();
        await expect(p.locator(`${figure} svg:visible`).first(), `at ${width} px`).toBeVisible();
        expect(await smallestText(p, figure), `smallest text at ${width} px`).toBeGreaterThanOrEqual(11.99);
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
      }
    });

    test('its data table has the rows of the dataset', async ({ sharedPage: p }) => {
      await p.goto(page);
      const listed = model.listedOnPage;
      if (listed) {
        // No table of its own: it points to the page's list, which has every row.
        await expect(p.locator(`${figure} .chart__data table`)).toHaveCount(0);
        await expect(p.locator(`${figure} .chart__data a[href="${listed.href}"]`)).toHaveCount(1);
        await expect(p.locator(`${listed.href}`)).toHaveCount(1);
        expect(await p.locator(`li.event`).count()).toBe(model.rows.length);
        return;
      }
      const cells = await p
        .locator(`${figure} .chart__data tbody tr`)
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
      expect(cells.map((r) => r.slice(0, -1))).toEqual(model.rows.map((r) => r.cells.map((c) => c.trim())));
      expect(cells.map((r) => r.at(-1))).toEqual(model.rows.map((r) => r.link?.text ?? '—'));
      for (const f of model.figures) expect(data.figures.has(f)).toBe(true);
    });

    test('its CSV, SVG and PNG downloads are served', async ({ sharedPage: p, request }) => {
      await p.goto(page);
      const links = p.locator(`${figure} .chart-tools a[download]`);
      await expect(links).toHaveCount(3);
      const csv = await request.get(`/charts/${id}.csv`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      const lines = (await csv.text()).trim().split('\n');
      const rows = model.listedOnPage ? model.rows.length : await p.locator(`${figure} .chart__data tbody tr`).count();
      expect(lines.length - 1).toBe(rows);
      const svg = await request.get(`/charts/${id}.svg`);
      expect(svg.status()).toBe(200);
      expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
      expect(await svg.text()).toContain('xmlns="http://www.w3.org/2000/svg"');
      const png = await request.get(`/charts/${id}.png`);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toMatch(/^image\/png/);
      expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    });

    if (model.html) {
      test('its tiles are links reached with Tab', async ({ sharedPage: p }) => {
        await p.goto(page);
        await focusBefore(p, figure);
        await p.keyboard.press('Tab');
        const link = p.locator(`${figure} .key-figure__link`).first();
        await expect(link).toBeFocused();
        const href = (await link.getAttribute('href')) ?? '';
        await p.keyboard.press('Enter');
        await expect(p).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
      });
    } else {
      for (const width of [320, 1280]) {
        test(`at ${width} px the keyboard explores it: one tab stop, arrows, tooltip, Escape, Enter`, async ({
          sharedPage: p,
        }) => {
          await p.setViewportSize({ width, height: 900 });
          await p.goto(page);
          await focusBefore(p, figure);
          await p.keyboard.press('Tab');
          const svg = p.locator(`${figure} svg.chart__svg:visible`);
          await expect(svg).toBeFocused();
          const live = p.locator(`${figure} .chart__live`);
          const tooltip = p.locator(`${figure} .chart__tooltip`);
          await expect(tooltip).toBeVisible();
          const first = await live.textContent();
          await p.keyboard.press('ArrowRight');
          await expect(live).not.toHaveText(first ?? '');
          await expect(tooltip).toBeVisible();
          await expect(tooltip).toHaveText((await live.textContent()) ?? '');
          await p.keyboard.press('Escape');
          await expect(tooltip).toBeHidden();
          const href = await svg.locator('[data-point]').nth(1).getAttribute('data-href');
          expect(href).toBeTruthy();
          await p.keyboard.press('Enter');
          await expect(p).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
        });

        test(`at ${width} px the drawing is a single tab stop`, async ({ sharedPage: p }) => {
          await p.setViewportSize({ width, height: 900 });
          await p.goto(page);
          await focusBefore(p, figure);
          await p.keyboard.press('Tab');
          await expect(p.locator(`${figure} svg.chart__svg:visible`)).toBeFocused();
          await p.keyboard.press('Tab');
          expect(await p.evaluate((f) => document.activeElement?.closest(`${f} .chart__canvas`) === null, figure)).toBe(true);
        });
      }
    }

    test('exploring it never moves the layout', async ({ sharedPage: p }) => {
      // Drawn at build time, a chart has nothing to shift while loading; what is checked here is
      // that the script (tooltip, focus, copy buttons) never moves anything once the page is read.
      // Every shift counts, including those right after a key press, which the CLS metric forgives;
      // only the tooltip itself may move, as it follows the point being read.
      await p.goto(page);
      await p.locator(figure).scrollIntoViewIfNeeded();
      await p.evaluate(async () => {
        await document.fonts.ready;
        await afterNextPaint();
        const w = window as unknown as { layoutShifts: () => number };
        let total = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as unknown as { value: number; sources: { node?: Node | null }[] }[]) {
            const moved = entry.sources.map((s) => (s.node instanceof Element ? s.node : s.node?.parentElement));
            if (moved.some((el) => !el?.closest('.chart__tooltip'))) total += entry.value;
          }
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift' });
        // Entries of the last frame may not have reached the callback yet: take them directly.
        w.layoutShifts = () => {
          add(observer.takeRecords());
          return total;
        };
        function afterNextPaint() {
          return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
      });
      if (model.html) {
        const link = p.locator(`${figure} .key-figure__link`).first();
        await link.hover();
        await link.focus();
        await expect(link).toBeFocused();
      } else {
        const svg = p.locator(`${figure} svg.chart__svg:visible`);
        const tooltip = p.locator(`${figure} .chart__tooltip`);
        await svg.focus();
        await p.keyboard.press('ArrowRight');
        await p.keyboard.press('ArrowRight');
        await expect(tooltip).toBeVisible();
        await p.keyboard.press('Escape');
        await expect(tooltip).toBeHidden();
        await svg.locator(HIT_TARGET).first().hover({ force: true });
        await expect(tooltip).toBeVisible();
      }
      // A shift is recorded when the frame showing it is painted: wait for two frames, then read.
      const shifts = await p.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve((window as unknown as { layoutShifts: () => number }).layoutShifts())),
            ),
          ),
      );
      expect(shifts).toBe(0);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the figure, its drawing and its table are there', async ({ page: p }) => {
        await p.goto(page);
        await expect(p.locator(figure)).toBeVisible();
        await expect(p.locator(`${figure} svg:visible`).first()).toBeVisible();
        if (model.listedOnPage) expect(await p.locator('li.event').count()).toBe(model.rows.length);
        else {
          await expect(p.locator(`${figure} .chart__data table`)).toHaveCount(1);
          expect(await p.locator(`${figure} .chart__data tbody tr`).count()).toBe(model.rows.length);
        }
      });
    });
  });
}
