import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { lightTokens, resolveTokens, standaloneStyle } from '../../../src/charts/standalone-style';

const tokens = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));

describe('the style of a downloaded chart', () => {
  const css = standaloneStyle();

  it('is valid CSS with every token resolved', () => {
    expect(css).not.toMatch(/var\(|light-dark/);
    expect(() => transform({ filename: 'x.css', code: Buffer.from(css) })).not.toThrow();
  });

  it('takes each colour from the light half of the page tokens', () => {
    const light = (name: string) => tokens.get(name);
    expect(light('--c1')).toMatch(/^#[0-9a-f]{6}$/);
    expect(css).toContain(`.dot--c1,.bar--c1{fill:${light('--c1')}}`);
    expect(css).toContain(`.claim{fill:none;stroke:${light('--c4')}`);
    expect(css).toMatch(new RegExp(`^svg\\{background:${light('--bg')}\\}`));
  });

  it('styles the root svg, not the page class, and leaves out page-only interaction', () => {
    expect(css).not.toContain('chart__svg');
    expect(css).not.toContain('is-active');
    expect(css).toContain(`svg{color:${tokens.get('--text')}`);
  });

  it('stops on a token that no file declares, naming it', () => {
    expect(() => resolveTokens('.x{fill:var(--c9)}', tokens)).toThrow(/var\(--c9\) is not declared/);
  });
});
