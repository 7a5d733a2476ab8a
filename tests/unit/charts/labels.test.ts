import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, textWidth } from '../../../src/charts/labels';
import { TEXT_WIDTHS } from '../../../src/charts/text-widths';

describe('label placement', () => {
  it('puts a lone label just above its point', () => {
    const [l] = placeLabels([{ x: 100, y: 200, lines: ['2,000 a month'], anchor: 'start' }], 14);
    expect(l?.top).toBe(190);
    expect(l?.moved).toBe(false);
  });

  it('moves a colliding label up until the two boxes clear each other', () => {
    const [a, b] = placeLabels(
      [
        { x: 300, y: 280, lines: ['as few as 50 a month'], anchor: 'end' },
        { x: 290, y: 270, lines: ['about 200 a month'], anchor: 'end' },
      ],
      14,
    );
    expect(b?.moved).toBe(true);
    const boxA = labelBox(a!, 14, a!.top);
    const boxB = labelBox(b!, 14, b!.top);
    expect(boxB.bottom).toBeLessThanOrEqual(boxA.top);
  });

  it('estimates width from the longest line and the anchor', () => {
    const box = labelBox({ x: 100, y: 0, lines: ['abcd', 'ab'], anchor: 'end' }, 10, 50);
    expect(box.right).toBe(100);
    expect(box.left).toBeCloseTo(100 - textWidth('abcd', 10));
    expect(box.bottom - box.top).toBeCloseTo(25);
  });

  it('adds up each character’s measured width, bold from its own table', () => {
    const { regular, bold } = TEXT_WIDTHS;
    expect(textWidth('il', 10)).toBeCloseTo(((regular['i'] ?? 0) + (regular['l'] ?? 0)) / 10);
    expect(textWidth('mm', 20, true)).toBeCloseTo(((bold['m'] ?? 0) * 2) / 5);
    // Narrow letters are narrow: no longer one average width for every character.
    expect(textWidth('iiii', 16)).toBeLessThan(textWidth('mmmm', 16) / 2);
    expect(textWidth('2,000', 16, true)).toBeGreaterThan(textWidth('2,000', 16));
  });

  it('counts a character the table lacks as wide, never as nothing', () => {
    expect(textWidth('\u4e2d', 10)).toBeCloseTo((TEXT_WIDTHS.regular['m'] ?? 0) / 10);
  });
});
