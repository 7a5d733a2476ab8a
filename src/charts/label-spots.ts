/**
 * Value labels placed around their points: above, right, below or left, whichever is first
 * free of the marks and of the labels already placed. A label with no free spot goes above and
 * climbs past what it meets (placeLabels' rule), with a leader down to its point. For charts
 * whose points crowd in places (counts close in time, a series falling towards another), where
 * always placing above would stack labels far from their points.
 */
import { textWidth, type PlacedLabel } from './labels';

export type Spot = 'above' | 'right' | 'below' | 'left';

export interface SpotRequest {
  /** The point labelled. */
  px: number;
  py: number;
  lines: string[];
  /** The spots to try, in order; all four by default. */
  spots?: Spot[];
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export type SpotLabel<T> = T & PlacedLabel & { px: number; py: number; spot: Spot | 'moved' };

const overlaps = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/**
 * Labels for `requests`. `marks` are the boxes of everything drawn that a label must not cover;
 * `bounds` is where labels may go. The spots are chosen together: every combination is tried,
 * earlier requests and earlier spots first, and the first that leaves the fewest labels without
 * a free spot wins (a handful of labels, so the search is small). Labels are bold (the value
 * labels' weight).
 */
export function placeAround<T extends SpotRequest>(
  requests: T[],
  options: { font: number; marks: Box[]; bounds: Box; offset?: number; gap?: number; obstacles?: Box[] },
): SpotLabel<T>[] {
  const { font, marks, bounds, offset = 9, gap = 3, obstacles = [] } = options;
  const lh = font * 1.25;
  // A label's box: from its cap height above the first baseline to its descent below the last.
  const ascent = font * 0.8;
  const descent = font * 0.25;
  const sized = requests.map((req) => {
    const width = Math.max(...req.lines.map((l) => textWidth(l, font, true)));
    const height = (req.lines.length - 1) * lh + ascent + descent;
    const clampX = (left: number) => Math.min(Math.max(left, bounds.left), bounds.right - width);
    // Each spot as the box's left and top edges.
    const spots: Record<Spot, { left: number; top: number; anchor: 'start' | 'middle' | 'end' }> = {
      above: { left: clampX(req.px - width / 2), top: req.py - offset - height, anchor: 'middle' },
      below: { left: clampX(req.px - width / 2), top: req.py + offset, anchor: 'middle' },
      right: { left: req.px + offset, top: req.py - height / 2, anchor: 'start' },
      left: { left: req.px - offset - width, top: req.py - height / 2, anchor: 'end' },
    };
    return { req, width, height, clampX, spots, order: req.spots ?? (['above', 'right', 'below', 'left'] as Spot[]) };
  });
  type Sized = (typeof sized)[number];
  type Choice = { spot: Spot | 'moved'; left: number; top: number };
  const boxOf = (s: Sized, c: Choice): Box => ({ left: c.left, right: c.left + s.width, top: c.top, bottom: c.top + s.height });
  const fits = (box: Box, taken: Box[]) =>
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom &&
    ![...marks, ...taken].some((m) => overlaps(box, m, gap));
  // No free spot: above the point, climbing past the labels already placed (a leader joins it).
  const climb = (s: Sized, taken: Box[]): Choice => {
    const left = s.clampX(s.req.px - s.width / 2);
    let top = s.spots.above.top;
    for (let guard = 0; guard < 50; guard++) {
      const hit = taken.find((b) => overlaps({ left, right: left + s.width, top, bottom: top + s.height }, b, gap));
      if (!hit) break;
      top = hit.top - gap - s.height;
    }
    return { spot: 'moved', left, top };
  };
  const search = (i: number, taken: Box[], budget: number): Choice[] | undefined => {
    const s = sized[i];
    if (!s) return [];
    for (const spot of s.order) {
      const choice = { spot, ...s.spots[spot] };
      const box = boxOf(s, choice);
      if (!fits(box, taken)) continue;
      const rest = search(i + 1, [...taken, box], budget);
      if (rest) return [choice, ...rest];
    }
    if (budget === 0) return undefined;
    const moved = climb(s, taken);
    const rest = search(i + 1, [...taken, boxOf(s, moved)], budget - 1);
    return rest ? [moved, ...rest] : undefined;
  };
  let choices: Choice[] | undefined;
  for (let budget = 0; !choices; budget++) choices = search(0, obstacles, budget);
  return sized.map((s, i) => {
    const c = choices[i] as Choice;
    const anchor = c.spot === 'moved' ? 'middle' : s.spots[c.spot].anchor;
    const x = anchor === 'start' ? c.left : anchor === 'end' ? c.left + s.width : c.left + s.width / 2;
    return { ...s.req, x, y: s.req.py, anchor, top: c.top + ascent, moved: c.spot === 'moved', spot: c.spot };
  });
}
