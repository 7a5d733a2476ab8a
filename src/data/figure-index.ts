/**
 * Anchors that tie a figure in the text to its source entry and back: the entry on the sources
 * page is `fig-<id>`; each place a page shows the figure is `cite-<id>`, `cite-<id>-2`, … in the
 * order the page shows it, so an entry can link back to every use.
 */

/** The id of a figure's entry on the sources page. */
export function figureAnchor(id: string): string {
  return `fig-${id}`;
}

/** The id of the n-th use (1-based) of a figure on one page. */
export function citeAnchor(id: string, n: number): string {
  return n === 1 ? `cite-${id}` : `cite-${id}-${n}`;
}
