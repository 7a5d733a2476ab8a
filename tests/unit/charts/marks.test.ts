/** An explorable mark: its hit area carries the mark when it has one shape, a group otherwise. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { hit, mark, ringedDot } from '../../../src/charts/marks';
import { el } from '../../../src/charts/svg';

const parse = (markup: string) => parseHTML(`<svg>${markup}</svg>`).document.querySelector('svg');

describe('mark', () => {
  it('makes the hit area the mark when it follows one shape, drawn after the shape', () => {
    const svg = parse(mark({ label: 'A "quoted" value', href: '/x/#y' }, el('circle', { cx: 1, cy: 2, r: 3 }), hit(0, 0, 8, 8)));
    expect(svg?.children).toHaveLength(2);
    expect(svg?.children[0]?.tagName.toLowerCase()).toBe('circle');
    const m = svg?.children[1];
    expect(m?.getAttribute('class')).toBe('hit mark');
    expect(m?.getAttribute('data-label')).toBe('A "quoted" value');
    expect(m?.getAttribute('data-href')).toBe('/x/#y');
    expect(m?.hasAttribute('data-point')).toBe(true);
  });

  it('makes a shape that is its own target (a country) the mark', () => {
    const svg = parse(mark({ label: 'France' }, el('use', { class: 'hit', href: '#fr' })));
    expect(svg?.children).toHaveLength(1);
    expect(svg?.children[0]?.getAttribute('class')).toBe('hit mark');
    expect(svg?.children[0]?.hasAttribute('data-href')).toBe(false);
  });

  it('keeps a shape, its words and its hit area in the order given, the hit area last', () => {
    const svg = parse(mark({ label: 'A' }, el('rect', { class: 'bar' }), el('text', {}, '12'), hit(0, 0, 8, 8)));
    expect([...(svg?.children ?? [])].map((c) => c.tagName.toLowerCase())).toEqual(['rect', 'text', 'rect']);
    expect(svg?.children[0]?.getAttribute('class')).toBe('bar');
    expect(svg?.children[2]?.getAttribute('class')).toBe('hit mark');
    const words = parse(mark({ label: 'A' }, el('text', {}, '12'), hit(0, 0, 8, 8)));
    expect(words?.children[1]?.getAttribute('class')).toBe('hit mark');
  });

  it('makes a ringed dot its own target, its classes kept', () => {
    const svg = parse(mark({ label: 'A', href: '/a/#b' }, ringedDot({ class: 'dot--c1', cx: 1, cy: 2, r: 4 })));
    expect(svg?.children).toHaveLength(1);
    expect(svg?.children[0]?.getAttribute('class')).toBe('hit-ring dot--c1 mark');
    expect(svg?.children[0]?.getAttribute('data-href')).toBe('/a/#b');
  });

  it('groups a mark of several shapes, or a lone rect target, so that all of it is outlined and hovered', () => {
    for (const children of [
      [el('line', {}), el('line', {}), hit(0, 0, 8, 8)],
      [el('line', {}), el('text', {}, '12'), el('line', {}), hit(0, 0, 8, 8)],
      [el('text', {}, '12'), el('line', {}), hit(0, 0, 8, 8)],
      [el('circle', { r: 2 })],
      [hit(0, 0, 8, 8)],
    ]) {
      const svg = parse(mark({ label: 'A' }, ...children));
      expect(svg?.children).toHaveLength(1);
      expect(svg?.children[0]?.tagName.toLowerCase()).toBe('g');
      expect(svg?.children[0]?.getAttribute('class')).toBe('mark');
      expect(svg?.children[0]?.children).toHaveLength(children.length);
    }
  });
});
