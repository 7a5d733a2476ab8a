/**
 * A legend of swatches and words in a grid: equal columns across the width when every item
 * fits its share, otherwise columns as wide as their widest item. Laid out with the chart (the
 * layout returns the cells) and drawn by `drawLegend`.
 */
import { textWidth } from './labels';
import { el, label, r, withAttrs } from './svg';

export interface LegendItem {
  /** The swatch, drawn with its baseline at y = 0 and its left edge at x = 0. */
  swatch: string;
  words: string;
}

/** An item placed: x is the swatch's left edge, y the words' baseline. */
export type LegendCell<T extends LegendItem = LegendItem> = T & { x: number; y: number };

/** Where the words start, right of the swatch. */
export const SWATCH_ROOM = 24;
const COLUMN_GAP = 18;

/**
 * Cells for `items`, `columns` to a row, from (x0, top): `top` is the first row's baseline.
 * Returns the cells and the baseline below the last row, one line further down.
 */
export function layoutLegend<T extends LegendItem>(
  items: T[],
  options: { columns: number; width: number; font: number; x0?: number; top: number; lineHeight: number },
): { cells: LegendCell<T>[]; bottom: number } {
  const { columns, width, font, x0 = 0, top, lineHeight } = options;
  const needed = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...items.filter((_, i) => i % columns === c).map((it) => SWATCH_ROOM + textWidth(it.words, font) + COLUMN_GAP)),
  );
  const share = width / columns;
  const widths = needed.every((n) => n <= share) ? needed.map(() => share) : needed;
  const lefts = widths.map((_, c) => x0 + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const cells = items.map((it, i) => ({
    ...it,
    x: lefts[i % columns] ?? x0,
    y: top + Math.floor(i / columns) * lineHeight,
  }));
  return { cells, bottom: top + Math.ceil(items.length / columns) * lineHeight };
}

export function drawLegend(cells: LegendCell[], wordsClass?: string): string {
  return cells
    .map((c) => {
      // A swatch of one shape is moved into place itself; one of several parts, in a group.
      const at = `translate(${r(c.x)} ${r(c.y)})`;
      const swatch = withAttrs(c.swatch, { transform: at }) ?? el('g', { transform: at }, c.swatch);
      return swatch + label(c.x + SWATCH_ROOM, c.y, c.words, { class: wordsClass });
    })
    .join('');
}
