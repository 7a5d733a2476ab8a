import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels } from '../../../src/charts/labels';

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
    expect(box.left).toBeCloseTo(100 - 4 * 10 * 0.56);
    expect(box.bottom - box.top).toBeCloseTo(25);
  });
});
