/**
 * Measures the advance width of each character in the site's sans-serif as Chromium draws it,
 * and writes src/charts/text-widths.ts, the table charts estimate text widths with at build time
 * (the approach of Observable Plot's defaultWidthMap). Run it again after changing the font
 * stack (--sans in src/styles/tokens.css) or to add characters:
 *   node scripts/measure-text.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium-path.ts';

const OUT = 'src/charts/text-widths.ts';
const stack = /--sans:\s*([^;]+);/.exec(readFileSync('src/styles/tokens.css', 'utf8'))?.[1]?.trim();
if (!stack) throw new Error('src/styles/tokens.css: no --sans font stack');

/** Printable ASCII, and the other characters the dataset and the charts write. */
const CHARS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'‘’“”„–—…→≈×÷−½°€£·•äáàâçéèêëğıİíïñöóôşüúß\u00a0',
];
/** The weights charts use: body text, and labels (font-weight 600 in chart-marks.css). */
const WEIGHTS = { regular: 400, bold: 600 } as const;

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent('<!doctype html><canvas></canvas>');
const measured = await page.evaluate(
  ({ chars, stack, weights }) => {
    const ctx = document.querySelector('canvas')?.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const out: Record<string, Record<string, number>> = {};
    for (const [name, weight] of Object.entries(weights)) {
      // At 100 px, a width in px is a width in hundredths of an em.
      ctx.font = `${weight} 100px ${stack}`;
      out[name] = Object.fromEntries(chars.map((c) => [c, Math.round(ctx.measureText(c).width)]));
    }
    return out;
  },
  { chars: CHARS, stack, weights: WEIGHTS },
);
const version = browser.version();
await browser.close();

const table = (widths: Record<string, number> = {}) => {
  const entries = Object.entries(widths).map(([c, w]) => `${JSON.stringify(c)}: ${w}`);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 12) lines.push(`    ${entries.slice(i, i + 12).join(', ')},`);
  return lines.join('\n');
};

writeFileSync(
  OUT,
  `/**
 * Advance widths of characters in the site's sans-serif, in hundredths of an em, as Chromium
 * ${version} draws the stack ${stack.replace(/\s+/g, ' ')}
 * (its first installed font on the machine that measured). Regular is body text; bold is the
 * labels' weight, 600. Written by scripts/measure-text.ts: do not edit by hand.
 */
// prettier-ignore
export const TEXT_WIDTHS: Record<'regular' | 'bold', Readonly<Record<string, number>>> = {
  regular: {
${table(measured['regular'])}
  },
  bold: {
${table(measured['bold'])}
  },
};
`,
);
console.log(`Wrote ${OUT}: ${CHARS.length} characters, two weights.`);
