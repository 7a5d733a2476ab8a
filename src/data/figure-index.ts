/** Footnote numbers and anchors for figures: the order of the dataset, the same on every page. */
import { getDataset } from './dataset';

let order: Map<string, number> | undefined;

/** 1-based position of a figure in the dataset (files in name order, entries in file order). */
export function figureIndex(id: string): number {
  order ??= new Map([...getDataset().figures.keys()].map((key, i) => [key, i + 1]));
  return order.get(id) ?? 0;
}

/** The id of a figure's entry on the sources page. */
export function figureAnchor(id: string): string {
  return `fig-${id}`;
}
