import { describe, expect, it } from 'vitest';
import { placeAround } from '../../../src/charts/label-spots';
import { labelBox, overlap } from './fixtures';

const font = 16;
const bounds = { left: 0, right: 400, top: 0, bottom: 300 };
const dot = (x: number, y: number) => ({ left: x - 5, right: x + 5, top: y - 5, bottom: y + 5 });

describe('labels placed around their points', () => {
  it('puts a label above its point when there is room', () => {
    const [l] = placeAround([{ px: 200, py: 150, lines: ['1,000'] }], { font, marks: [dot(200, 150)], bounds });
    expect(l!.spot).toBe('above');
    expect(l!.anchor).toBe('middle');
    expect(labelBox(l!, font).bottom).toBeLessThanOrEqual(150 - 5);
  });

  it('tries the next spot when a mark or an earlier label is in the way, and never covers either', () => {
    const marks = [dot(200, 150), dot(200, 125)];
    const [l] = placeAround([{ px: 200, py: 150, lines: ['1,000'] }], { font, marks, bounds });
    expect(l!.spot).toBe('right');
    const two = placeAround(
      [
        { px: 200, py: 150, lines: ['first label'] },
        { px: 210, py: 150, lines: ['second'], spots: ['above', 'below'] },
      ],
      { font, marks: [], bounds },
    );
    expect(two.map((t) => t.spot)).toEqual(['above', 'below']);
    expect(overlap(labelBox(two[0]!, font), labelBox(two[1]!, font))).toBe(false);
  });

  it('keeps labels inside the bounds, choosing the spots together', () => {
    // A point at the right edge: its label cannot go right; one at the top cannot go above.
    const placed = placeAround(
      [
        { px: 395, py: 150, lines: ['at the edge'] },
        { px: 100, py: 8, lines: ['at the top'] },
      ],
      { font, marks: [], bounds },
    );
    for (const l of placed) {
      const b = labelBox(l, font);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(400 + 1e-9);
      expect(b.top).toBeGreaterThanOrEqual(0);
    }
    expect(placed[1]!.spot).not.toBe('above');
  });

  it('climbs above the others, marked as moved, when no spot is free', () => {
    const marks = [dot(200, 150), { left: 0, right: 400, top: 100, bottom: 140 }, { left: 0, right: 400, top: 160, bottom: 300 }];
    const [l] = placeAround([{ px: 200, py: 150, lines: ['boxed in'] }], { font, marks, bounds });
    expect(l!.spot).toBe('moved');
    expect(l!.moved).toBe(true);
  });
});
