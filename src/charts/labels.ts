/**
 * Places point labels so they do not overlap: each label sits above its point, and a label
 * that would collide with one already placed moves up until it clears it. Text width is
 * estimated from the character count (no DOM to measure with at build time).
 */

export interface LabelRequest {
  /** The point's position. */
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
}

export interface PlacedLabel extends LabelRequest {
  /** Baseline of the first line. */
  top: number;
  /** True when the label moved off its point and needs a leader line. */
  moved: boolean;
}

/** Average glyph width as a share of the font size, for a system sans-serif. */
const GLYPH = 0.56;

export function labelBox(l: LabelRequest, fontSize: number, top: number) {
  const width = Math.max(...l.lines.map((s) => s.length)) * fontSize * GLYPH;
  const height = l.lines.length * fontSize * 1.25;
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return { left, right: left + width, top: top - fontSize, bottom: top - fontSize + height };
}

const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>, gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** Labels placed in the order given; later ones move up past earlier ones. */
export function placeLabels(requests: LabelRequest[], fontSize: number, offset = 10, gap = 4): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    const lineCount = req.lines.length;
    // Default: the last line's baseline sits `offset` above the point.
    let top = req.y - offset - (lineCount - 1) * fontSize * 1.25;
    const start = top;
    for (let guard = 0; guard < 50; guard++) {
      const box = labelBox(req, fontSize, top);
      const hit = placed.find((p) => overlaps(box, labelBox(p, fontSize, p.top), gap));
      if (!hit) break;
      top = labelBox(hit, fontSize, hit.top).top - gap - (box.bottom - box.top) + fontSize;
    }
    placed.push({ ...req, top, moved: top !== start });
  }
  return placed;
}
