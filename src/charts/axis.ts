/**
 * Axes drawn from a scale's ticks. d3-axis needs a DOM, so this does the same job as pure
 * functions: tick positions from the scale, labels from a formatter.
 */
import { el, label, r } from './svg';

interface LinearLike {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

/** Horizontal grid lines with value labels at the left edge. */
export function yGrid(
  scale: LinearLike,
  options: { x0: number; x1: number; count: number; format: (n: number) => string },
): string {
  const { x0, x1, count, format } = options;
  return el(
    'g',
    { class: 'axis axis--y', 'aria-hidden': 'true' },
    ...scale.ticks(count).map((t) => {
      const y = r(scale(t));
      return el(
        'g',
        {},
        el('line', { class: 'grid', x1: x0, x2: x1, y1: y, y2: y }),
        label(x0, y - 5, format(t), { class: 'tick-label' }),
      );
    }),
  );
}

interface TimeLike {
  (value: Date): number;
  ticks(count?: number): Date[];
}

/** Year ticks and labels along the bottom. */
export function xYears(scale: TimeLike, options: { y: number; count: number }): string {
  const { y, count } = options;
  return el(
    'g',
    { class: 'axis axis--x', 'aria-hidden': 'true' },
    ...scale.ticks(count).map((t) => {
      const x = r(scale(t));
      return el(
        'g',
        {},
        el('line', { class: 'tick', x1: x, x2: x, y1: y, y2: y + 5 }),
        label(x, y + 20, String(t.getUTCFullYear()), { class: 'tick-label', 'text-anchor': 'middle' }),
      );
    }),
  );
}

/** A Date for a partial ISO date: 2016 → 1 Jan, 2016-05 → 1 May, at midday UTC. */
export function toDate(partial: string, end = false): Date {
  const [y, m, d] = partial.split('-').map(Number);
  if (d !== undefined) return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d, 12));
  if (m !== undefined) return end ? new Date(Date.UTC(y ?? 0, m, 0, 12)) : new Date(Date.UTC(y ?? 0, m - 1, 1, 12));
  return end ? new Date(Date.UTC(y ?? 0, 11, 31, 12)) : new Date(Date.UTC(y ?? 0, 0, 1, 12));
}
