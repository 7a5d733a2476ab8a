/**
 * The built HTML has no whitespace between tags (Astro compresses it, and the chart and listing
 * components join their elements directly). Browsers still show a table's cells, a <dt> and its
 * <dd>, or a caption's title and takeaway apart, but Pagefind reads the text as it stands and
 * would index "Caliphate" followed by "The…" as one word, "caliphatethe", which no reader types.
 * A space after every closing tag that meets another tag keeps words apart in the index. The
 * served pages are not changed.
 */
export function separateWords(html: string): string {
  return html.replace(/(<\/[a-zA-Z][\w-]*\s*>)(?=<)/g, '$1 ');
}
