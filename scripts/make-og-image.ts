/**
 * Renders public/og.png, the preview image link-sharing sites show (1200×630), from a small
 * HTML card, with Chromium. Run again after changing the site's name or the headline figures:
 *   node scripts/make-og-image.ts
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const executablePath =
  process.env['CHROMIUM_PATH'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : await (await import('@sparticuz/chromium')).default.executablePath());

const html = `<!doctype html><html><head><style>
body{margin:0;width:1200px;height:630px;background:#fcfbf8;color:#1c1c1e;font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box}
h1{font-size:68px;line-height:1.05;margin:0 0 24px;font-weight:800}
p{font-size:32px;line-height:1.3;margin:0;color:#55565c;max-width:960px}
.bars{display:flex;align-items:flex-end;gap:28px;margin-top:56px;height:120px}
.bar{width:90px;background:#0066a8}.bar.small{height:4px}.bar.big{height:120px}
.bars span{font-size:24px;color:#55565c;align-self:flex-end}
</style></head><body>
<h1>The Foreign Fighter Flow</h1>
<p>How the stream of recruits to the Islamic State dried up in 2015–2016, and what followed</p>
<div class="bars"><div class="bar big"></div><span>2,000 a month at the peak</span><div class="bar small"></div><span>as few as 50 by September 2016 (U.S. intelligence estimates)</span></div>
</body></html>`;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('Wrote public/og.png');
