/**
 * The sections of every page, read once per build from the content collection, for the
 * "discussed in" links on the countries, people and topic pages.
 */
import { getCollection } from 'astro:content';
import { REFERENCE_PAGES, pathOf } from '../site';
import { sectionsMentioning, splitSections, type Section } from './mentions';

let cached: Promise<Section[]> | undefined;

export function getSections(): Promise<Section[]> {
  cached ??= getCollection('pages').then((pages) =>
    splitSections(pages.map((p) => ({ id: p.id, title: p.data.title, body: p.body ?? '' }))),
  );
  return cached;
}

/** "/decline/#france" for a section, "/decline/" for a page's opening text. */
export function sectionHref(s: Section): string {
  return `${pathOf(s.page)}${s.id ? `#${s.id}` : ''}`;
}

/** "Decline › France", or just the page title for its opening text. */
export function sectionLabel(s: Section): string {
  return s.id ? `${s.pageTitle} › ${s.title}` : s.pageTitle;
}

/**
 * Sections that discuss a subject, leaving out the reference pages that only list it (their
 * own entry would link to itself).
 */
export async function whereDiscussed(names: string[], figureIds: string[] = [], exceptPages: string[] = []): Promise<Section[]> {
  const skip = new Set([...REFERENCE_PAGES, ...exceptPages]);
  return sectionsMentioning(await getSections(), names, figureIds).filter((s) => !skip.has(s.page));
}
