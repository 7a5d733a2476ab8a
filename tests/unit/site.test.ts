import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANES } from '../../src/charts/timeline';
import { NAV, REFERENCE_PAGES, THEME_FILTERS, THEME_PAGES, themeOf } from '../../src/site';

describe('the page list (NAV) drives everything that depends on a page', () => {
  it('gives every theme page a search filter of its own, and the other pages their kind', () => {
    expect(THEME_FILTERS.map((f) => f.value)).toEqual([...THEME_PAGES.map((t) => t.id), 'overview', 'reference']);
    // A part of a theme page (What came after's second half) is found under its page's filter.
    expect(NAV.map((n) => themeOf(n.id))).toEqual(
      NAV.map((n) => (n.kind === 'theme' ? ('partOf' in n ? n.partOf : n.id) : n.kind)),
    );
    expect(themeOf('aftermath/camps-and-new-fronts')).toBe('aftermath');
    for (const n of NAV) expect(THEME_FILTERS.map((f) => f.value)).toContain(themeOf(n.id));
  });

  it('gives the timeline a lane for each theme page, in reading order', () => {
    expect(LANES).toEqual(THEME_PAGES.map((t) => t.id));
    expect(THEME_PAGES.length).toBeGreaterThan(0);
  });

  it('colours each theme with a chart colour the stylesheets define', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    const marks = readFileSync('src/styles/chart-marks.css', 'utf8');
    for (const t of THEME_PAGES) {
      expect(tokens, t.id).toMatch(new RegExp(`--${t.colour}:`));
      for (const shape of ['dot', 'bar', 'stroke'])
        expect(marks, `${t.id}: .${shape}--${t.colour}`).toContain(`.${shape}--${t.colour}`);
    }
  });

  it('counts as reference only the pages of that kind', () => {
    expect(REFERENCE_PAGES).toEqual(NAV.filter((n) => n.kind === 'reference').map((n) => n.id));
    expect(REFERENCE_PAGES).not.toContain('index');
  });
});
