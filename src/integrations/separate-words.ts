/**
 * The built HTML has no whitespace between tags (Astro compresses it, and the chart and listing
 * components join their elements directly). Browsers still show a table's cells, a <dt> and its
 * <dd>, or a caption's title and takeaway apart, but Pagefind reads the text as it stands and
 * would index "Caliphate" followed by "The…" as one word, "caliphatethe", which no reader types.
 * A space after every closing tag that meets the opening tag of another element keeps words apart
 * in the index. Not before a link: a figure's footnote marker is a link the index leaves out, and
 * a space there would stand before the full stop that follows it. The served pages are unchanged.
 */
export function separateWords(html: string): string {
  return html.replace(/(<\/[a-zA-Z][\w-]*\s*>)(?=<(?!a[\s>]|\/))/g, '$1 ');
}
