/** Legend cells: a swatch of one shape is moved into place itself, with no group per cell. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawLegend } from '../../../src/charts/legend';
import { el } from '../../../src/charts/svg';

const parse = (markup: string) => parseHTML(`<svg>${markup}</svg>`).document.querySelector('svg');

describe('drawLegend', () => {
  it('moves a one-shape swatch into place and writes its words beside it, ungrouped', () => {
    const svg = parse(drawLegend([{ x: 10, y: 20, words: 'a day', swatch: el('circle', { cx: 5, cy: -5, r: 4 }) }], 'muted'));
    expect([...(svg?.children ?? [])].map((c) => c.tagName.toLowerCase())).toEqual(['circle', 'text']);
    expect(svg?.children[0]?.getAttribute('transform')).toBe('translate(10 20)');
    expect(Number(svg?.children[1]?.getAttribute('x'))).toBeGreaterThan(10);
    expect(svg?.children[1]?.getAttribute('y')).toBe('20');
  });

  it('groups a swatch of several parts, or one with a transform of its own', () => {
    for (const swatch of [el('line', {}) + el('line', {}), el('path', { transform: 'rotate(45)' })]) {
      const svg = parse(drawLegend([{ x: 10, y: 20, words: 'w', swatch }]));
      expect(svg?.children[0]?.tagName.toLowerCase()).toBe('g');
      expect(svg?.children[0]?.getAttribute('transform')).toBe('translate(10 20)');
    }
  });
});
