/**
 * The sources a page cites: those of every figure it shows (in its text and its charts) and
 * those its text links to on the sources page. Printed at the end of the page, so that a paper
 * copy keeps its references (PrintedSources.astro).
 */
import { pathOf } from '../site';
import { getCitations } from './citations';
import { getDataset } from './dataset';

/** Sources cited on the page, oldest first; `body` is the page's MDX, for its links to sources. */
export async function sourcesCitedBy(page: string, body: string) {
  const { figures, sources } = getDataset();
  const path = pathOf(page);
  const ids = new Set<string>();
  for (const [figure, places] of await getCitations()) {
    if (!places.some((c) => new URL(c.href, 'http://x').pathname === path)) continue;
    for (const id of figures.get(figure)?.publishedIn ?? []) ids.add(id);
  }
  for (const m of body.matchAll(/\/sources\/#src-([a-z0-9-]+)/g)) if (m[1]) ids.add(m[1]);
  return [...ids]
    .flatMap((id) => sources.get(id) ?? [])
    .sort((a, b) => a.date.localeCompare(b.date, 'en') || a.publisher.localeCompare(b.publisher, 'en'));
}
