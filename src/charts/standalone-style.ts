/**
 * The style inside a downloaded SVG, which has no page stylesheet: src/styles/chart-marks.css
 * with every token resolved to its light-theme value from tokens.css. The page and the download
 * read the same rules and the same colours, so a colour is stated once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = join(process.cwd(), 'src', 'styles');
const FILES = ['tokens.css', 'chart-marks.css'];

/** Custom properties declared in the files, by name; `light-dark(a, b)` keeps `a`. */
export function lightTokens(css: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    const [, name = '', raw = ''] = m;
    const value = raw.trim().replace(/^light-dark\(\s*([^,]+),[^)]*\)$/, '$1');
    if (!tokens.has(name)) tokens.set(name, value);
  }
  return tokens;
}

/** `var(--x)` replaced by the token's value, however deep; an unknown token is an error. */
export function resolveTokens(css: string, tokens: Map<string, string>, file = 'chart-marks.css'): string {
  let out = css;
  for (let depth = 0; depth < 5 && out.includes('var('); depth++) {
    out = out.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
      const value = tokens.get(name);
      if (value === undefined) throw new Error(`src/styles/${file}: var(${name}) is not declared in ${FILES.join(' or ')}`);
      return value;
    });
  }
  return out;
}

let cached: string | undefined;

/** chart-marks.css for a file of its own: `.chart__svg` becomes the root `svg`, colours fixed. */
export function standaloneStyle(dir = STYLES): string {
  if (cached && dir === STYLES) return cached;
  const [tokensCss = '', marksCss = ''] = FILES.map((name) => readFileSync(join(dir, name), 'utf8'));
  const tokens = lightTokens(`${tokensCss}\n${marksCss}`);
  const rules = marksCss
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // Declarations of tokens have done their work once resolved.
    .replace(/^\s*--[\w-]+\s*:[^;]+;\n/gm, '')
    .replace(/\.chart__svg\s+(?=[^\s{])/g, '')
    .replace(/\.chart__svg\b/g, 'svg');
  // A download has no page behind it: it carries the page's background.
  const css = resolveTokens(`svg{background:var(--bg)}\n${rules}`, tokens);
  // Whitespace only: the rules stay as written (`transparent`, not `#0000`) for older SVG readers.
  const out = css
    .replace(/\s*([{}:;,])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/;}/g, '}')
    .replace(/[^{}]+\{\}/g, '')
    .trim();
  if (dir === STYLES) cached = out;
  return out;
}
