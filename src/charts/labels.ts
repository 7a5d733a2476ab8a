/**
 * Places point labels so they do not overlap: each label sits above its point, and a label
 * that would collide with one already placed moves up until it clears it. Text width is
 * estimated from each character's width measured in Chromium (text-widths.ts): there is no DOM
 * to measure with at build time.
 */
import { TEXT_WIDTHS } from './text-widths';

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

/**
 * Estimated width of a line of text: the sum of its characters' widths, regular or bold (the
 * labels' weight, 600). A character the table lacks counts as an "m", so a label is never
 * thought narrower than it is; the chart tests check that every character drawn is in the table.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const widths = TEXT_WIDTHS[bold ? 'bold' : 'regular'];
  const fallback = widths['m'] ?? 100;
  let sum = 0;
  for (const c of text) sum += widths[c] ?? fallback;
  return (sum * fontSize) / 100;
}

/** Breaks text into lines no wider than `width` (estimated); a single long word keeps its own line. */
export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function labelBox(l: LabelRequest, fontSize: number, top: number) {
  const width = Math.max(...l.lines.map((s) => textWidth(s, fontSize)));
  const height = l.lines.length * fontSize * 1.25;
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return { left, right: left + width, top: top - fontSize, bottom: top - fontSize + height };
}

const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>, gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/**
 * Labels placed in the order given; later ones move up past earlier ones, and past `obstacles`:
 * text already on the chart, such as the axis's tick labels.
 */
export function placeLabels<T extends LabelRequest>(
  requests: T[],
  fontSize: number,
  offset = 10,
  gap = 4,
  obstacles: (LabelRequest & { top: number })[] = [],
): (T & { top: number; moved: boolean })[] {
  const placed: (T & { top: number; moved: boolean })[] = [];
  const taken: (LabelRequest & { top: number })[] = [...obstacles];
  for (const req of requests) {
    const lineCount = req.lines.length;
    // Default: the last line's baseline sits `offset` above the point.
    let top = req.y - offset - (lineCount - 1) * fontSize * 1.25;
    const start = top;
    for (let guard = 0; guard < 50; guard++) {
      const box = labelBox(req, fontSize, top);
      const hit = taken.find((p) => overlaps(box, labelBox(p, fontSize, p.top), gap));
      if (!hit) break;
      top = labelBox(hit, fontSize, hit.top).top - gap - (box.bottom - box.top) + fontSize;
    }
    const label = { ...req, top, moved: top !== start };
    placed.push(label);
    taken.push(label);
  }
  return placed;
}
