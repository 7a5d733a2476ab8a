/**
 * Old addresses of entries that moved to a part of their page: /sources/#fig-… (the figure
 * register), /people/#valls, /countries/#kosovo, /aftermath/#al-hol (What came after's second
 * part), and /sources/#src-… (the source list). The page
 * keeps each old id in its list of parts (<SubPages>): on a link to the entry's new place, or, for
 * a figure, on an empty mark (<wbr>) in the line of the part that holds it. A source's old id is looked up in
 * /moved-anchors.json. The reader is sent on with location.replace, so Back skips the old address.
 */
export async function followMovedAnchor(): Promise<void> {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // a malformed address ("#%E0%A4%A") names no entry
  }
  const here = document.getElementById(id);
  if (here?.closest('.sub-pages')) {
    const link = here instanceof HTMLAnchorElement ? here : here.parentElement?.querySelector('a');
    if (link) location.replace(here === link ? link.href : new URL(`#${id}`, link.href).href);
    return;
  }
  if (here) return;
  const response = await fetch('/moved-anchors.json');
  if (!response.ok) return;
  const moved = (await response.json()) as Record<string, Record<string, string> | undefined>;
  const to = moved[location.pathname]?.[id];
  if (to) location.replace(to);
}
