import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path.ts';
const [ , , ...targets] = process.argv;
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
for (const t of targets) {
  const [path, id, width] = t.split(',');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(`http://localhost:4411${path}`);
  await page.locator(`#chart-${id} .chart__canvas`).screenshot({ path: `/tmp/a1shots/${id}-${width}.png` });
  await page.close();
}
await browser.close();
