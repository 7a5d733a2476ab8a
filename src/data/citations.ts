/**
 * Where each figure is cited: every section that shows it with <Fig>, and every chart that
 * draws it. The sources page links each entry back to these places. A section's link lands on
 * the figure itself (its cite anchor), counted in page order exactly as <Fig> counts when it
 * renders, so the two agree.
 */
import { CHARTS } from '../charts/registry';
import { chartAnchor } from '../charts/model';
import { NAV, pathOf } from '../site';
import { getDataset } from './dataset';
import { citeAnchor } from './figure-index';
import { getSections } from './site-sections';

export interface Citation {
  href: string;
  /** "Decline › The global flow", "Decline, introduction" or "Decline › chart: Foreign recruits…". */
  label: string;
  /** How many times the place shows the figure. */
  times: number;
}

let cached: Promise<Map<string, Citation[]>> | undefined;

/** Figure id → the places that cite it, in reading order (the navigation's page order). */
export function getCitations(): Promise<Map<string, Citation[]>> {
  cached ??= collect();
  return cached;
}

async function collect(): Promise<Map<string, Citation[]>> {
  const order = new Map<string, number>(NAV.map((n, i) => [n.id, i]));
  const sections = (await getSections())
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (order.get(a.s.page) ?? 99) - (order.get(b.s.page) ?? 99) || a.i - b.i)
    .map(({ s }) => s);
  const out = new Map<string, Citation[]>();
  const add = (id: string, c: Citation) => out.set(id, [...(out.get(id) ?? []), c]);
  // The navigation's short names keep the list of places readable: "Decline › France".
  const short = new Map<string, string>(NAV.map((n) => [n.id, n.label]));
  // Uses are numbered per page, in the order the page shows them.
  const usesOnPage = new Map<string, Map<string, number>>();
  for (const s of sections) {
    const uses = usesOnPage.get(s.page) ?? new Map<string, number>();
    usesOnPage.set(s.page, uses);
    const here = new Map<string, { first: number; times: number }>();
    for (const id of s.figures) {
      const n = (uses.get(id) ?? 0) + 1;
      uses.set(id, n);
      const seen = here.get(id);
      here.set(id, seen ? { ...seen, times: seen.times + 1 } : { first: n, times: 1 });
    }
    for (const [id, { first, times }] of here)
      add(id, {
        href: `${pathOf(s.page)}#${citeAnchor(id, first)}`,
        label: s.id ? `${short.get(s.page) ?? s.pageTitle} › ${s.title}` : `${short.get(s.page) ?? s.pageTitle}, introduction`,
        times,
      });
  }
  const data = getDataset();
  for (const chart of CHARTS) {
    const model = chart.build(data);
    const page = model.text.page;
    const label = `${short.get(page) ?? page} › chart: ${model.text.title}`;
    for (const id of new Set(model.figures)) add(id, { href: `${pathOf(page)}#${chartAnchor(chart.id)}`, label, times: 1 });
  }
  return out;
}
