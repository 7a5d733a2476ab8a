/**
 * Small drawing pieces several charts share: an explorable mark, its hit area, hatching and
 * arrowheads, value labels with their leaders, and labels kept inside the drawing.
 */
import { textWidth, type PlacedLabel } from './labels';
import { el, isShape, label, withAttrs, type Attrs } from './svg';
import { pointAttrs, type PointInfo } from './types';

const HIT = /^<(rect|use|circle) class="hit[ "-]/;
/** Targets that draw their own shape, so that nothing before them is outlined as theirs. */
const SELF_DRAWN = /^<(use class="hit[ "]|circle class="hit-ring)/;
const TEXT = /^<text\b/;

/**
 * A mark a reader can reach with the keyboard or pointer (see scripts/chart-explorer.ts). A
 * mark of one shape, its hit area and at most one text between them needs no group: the hit
 * area, drawn last, is the mark, and charts.css outlines the shape before it (with or without
 * the text between) while the mark is explored. Text never catches the pointer. That saves an
 * element per value, in both drawings of every chart; anything else is grouped. Paint order is
 * kept as given.
 */
export function mark(info: PointInfo, ...children: string[]): string {
  const parts = children.filter(Boolean);
  const target = parts.at(-1) ?? '';
  const [first = '', second] = parts.slice(0, -1);
  const before = parts.length - 1;
  const ok =
    HIT.test(target) &&
    // a shape that is its own target (a country's <use>, a dot with a hit ring); text and its
    // target; shape, text?, target.
    ((before === 0 && SELF_DRAWN.test(target)) ||
      (before === 1 && (isShape(first) || TEXT.test(first))) ||
      (before === 2 && isShape(first) && TEXT.test(second ?? '')));
  const merged = ok ? withAttrs(target.replace(/^(<\w+ class="[^"]*)"/, '$1 mark"'), pointAttrs(info)) : undefined;
  if (merged) return parts.slice(0, -1).join('') + merged;
  return el('g', { class: 'mark', ...pointAttrs(info) }, ...parts);
}

/**
 * A dot that is its own target: a transparent ring (charts.css) widens what the pointer can
 * reach, and the dot is outlined while explored. For charts with many small dots.
 */
export function ringedDot(attrs: Attrs): string {
  return el('circle', { ...attrs, class: `hit-ring ${String(attrs['class'] ?? '')}`.trim() });
}

/** A transparent target, so small marks are easy to hover. */
export function hit(x: number, y: number, width: number, height: number): string {
  return el('rect', { class: 'hit', x, y, width: Math.max(width, 1), height: Math.max(height, 1) });
}

/**
 * Diagonal hatching (uncertain or ambiguous values): fill="url(#<id>)", in --c1, another chart
 * colour, or the page's colour (`bg`) to hatch over a shaded shape.
 */
export function hatchDef(id: string, colour?: 'c2' | 'bg'): string {
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('line', { class: colour ? `hatch-line hatch-line--${colour}` : 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6 }),
  );
}

/** An arrowhead for marker-end="url(#<id>)". */
export function arrowDef(id: string): string {
  return el(
    'marker',
    { id, viewBox: '0 0 10 10', refX: 7, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
    el('path', { class: 'arrowhead', d: 'M0 0L10 5L0 10z' }),
  );
}

/**
 * Where to put a label so that it stays between minX and maxX: the anchor x is moved, never
 * the text shortened.
 */
export function fitLabel(
  x: number,
  lines: string[],
  font: number,
  anchor: 'start' | 'middle' | 'end',
  minX: number,
  maxX: number,
  bold = false,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const width = Math.max(...lines.map((l) => textWidth(l, font, bold)));
  let left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  left = Math.min(Math.max(left, minX), Math.max(minX, maxX - width));
  return { x: anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2, anchor };
}

/**
 * A value label placed by placeLabels, and, when it had to move off its point, a dashed leader
 * from under its last line down to the point (px, py; the label's own x and y by default). The
 * caller hides it from assistive technology (the table and the marks' labels say the same).
 */
export function valueLabel(l: PlacedLabel & { px?: number; py?: number }, font: number): string {
  const px = l.px ?? l.x;
  const py = l.py ?? l.y;
  const leader = l.moved
    ? el('line', { class: 'leader', x1: px, x2: px, y1: l.top + (l.lines.length - 1) * font * 1.25 + 4, y2: py - 7 })
    : '';
  // No group of its own: every chart puts its value labels in one aria-hidden group.
  return leader + label(l.x, l.top, l.lines, { class: 'value-label halo', 'text-anchor': l.anchor });
}
