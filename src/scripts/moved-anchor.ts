/**
 * Old addresses of entries that moved to a page of their own: /sources/#fig-… (the figure
 * register) and /sources/#src-… (the source list). Loaded only when the address names an id that
 * the page lacks, or one kept on the sources page to say where the entry went (<SubPages>); the
 * reader is sent on to the entry with location.replace, so Back returns to where they came from.
 */
export async function followMovedAnchor(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  const here = document.getElementById(id);
  if (here instanceof HTMLAnchorElement && here.hasAttribute('data-moved')) {
    location.replace(here.href);
    return;
  }
  // A figure's old id marks the line of the page that holds it now (<SubPages figures>).
  if (here && !here.matches('.sub-pages i')) return;
  const response = await fetch('/moved-anchors.json');
  if (!response.ok) return;
  const moved = (await response.json()) as Record<string, Record<string, string> | undefined>;
  const to = moved[location.pathname]?.[id];
  if (to) location.replace(to);
}
