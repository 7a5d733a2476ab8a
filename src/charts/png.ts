/**
 * PNG downloads, rasterised at build time from each chart's standalone SVG with resvg (no
 * browser). Text is set in Noto Sans, whose TTF files come from an npm package and are read
 * from disk: nothing is fetched, and the system's fonts are never used, so every machine draws
 * the same file.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The weights the charts use: regular text, labels (600) and the file's title (700). */
const FONT_FILES = [
  '400Regular/NotoSans_400Regular.ttf',
  '600SemiBold/NotoSans_600SemiBold.ttf',
  '700Bold/NotoSans_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/noto-sans/${file}`));

/** Pixels per SVG unit: a 640-unit drawing becomes 1,280 pixels wide, sharp on high-density screens. */
export const PNG_SCALE = 2;

/** The standalone SVG as a PNG, `PNG_SCALE` times its size. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  });
  // A copy on an ArrayBuffer of its own: what a Response body accepts.
  return new Uint8Array(resvg.render().asPng());
}
