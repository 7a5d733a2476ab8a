/**
 * Small drawing pieces several charts share: an explorable mark, its hit area, hatching and
 * arrowheads, labels kept inside the drawing, and a year axis with labels centred on each year.
 */
import { textWidth } from './labels';
import { el, label, r, type Attrs } from './svg';
import { pointAttrs, type PointInfo } from './types';

/** A mark a reader can reach with the keyboard or pointer (see scripts/chart-explorer.ts). */
export function mark(info: PointInfo, ...children: string[]): string {
  return el('g', { class: 'mark', ...pointAttrs(info) }, ...children);
}

/** A transparent target, so small marks are easy to hover. */
export function hit(x: number, y: number, width: number, height: number): string {
  return el('rect', { class: 'hit', x, y, width: Math.max(width, 1), height: Math.max(height, 1) });
}

/** Diagonal hatching (uncertain or ambiguous values): fill="url(#<id>)". */
export function hatchDef(id: string): string {
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6 }),
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

/** Text lines from the first line's baseline, coordinates rounded. */
export function text(x: number, y: number, lines: string | string[], attrs: Attrs = {}): string {
  return label(r(x), r(y), lines, attrs);
}

interface TimeLike {
  (value: Date): number;
}

/** Ticks at the start of each year from..to, with each year's label centred on its span. */
export function yearAxis(x: TimeLike, from: number, to: number, y: number, font: number): string {
  const parts: string[] = [];
  for (let year = from; year <= to; year++) {
    const x0 = r(x(new Date(Date.UTC(year, 0, 1))));
    const x1 = r(x(new Date(Date.UTC(year + 1, 0, 1))));
    parts.push(el('line', { class: 'tick', x1: x0, x2: x0, y1: y, y2: y + 5 }));
    if (year === to) parts.push(el('line', { class: 'tick', x1: x1, x2: x1, y1: y, y2: y + 5 }));
    parts.push(label((x0 + x1) / 2, y + font + 4, String(year), { class: 'tick-label', 'text-anchor': 'middle' }));
  }
  return el('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, ...parts);
}
