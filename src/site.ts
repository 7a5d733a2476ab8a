/**
 * Site-wide settings: the name, and the order of pages in the navigation and in the
 * previous/next links. Page text lives in content/pages; this file only orders it.
 */
export const SITE = {
  name: 'The Foreign Fighter Flow',
  tagline: 'How the stream of recruits to the Islamic State dried up in 2015–2016, and what followed',
  language: 'en',
} as const;

/** The pagefind "theme" filter and the nav group a page belongs to. */
export type Theme = 'overview' | 'decline' | 'causes' | 'reverse-flows' | 'regional-shifts' | 'aftermath' | 'reference';

export interface NavItem {
  /** Content entry id (file name without .mdx); "index" is the home page. */
  id: string;
  /** Short label for the navigation. */
  label: string;
  theme: Theme;
  /** Listed in the header navigation (reference pages that are not are in the footer). */
  header: boolean;
}

/** Reading order: the story first, then the reference pages. */
export const NAV: NavItem[] = [
  { id: 'index', label: 'Overview', theme: 'overview', header: false },
  { id: 'decline', label: 'Decline', theme: 'decline', header: true },
  { id: 'causes', label: 'Causes', theme: 'causes', header: true },
  { id: 'reverse-flows', label: 'Reverse flows', theme: 'reverse-flows', header: true },
  { id: 'regional-shifts', label: 'Regional shifts', theme: 'regional-shifts', header: true },
  { id: 'aftermath', label: 'What came after', theme: 'aftermath', header: true },
  { id: 'timeline', label: 'Timeline', theme: 'reference', header: true },
  { id: 'countries', label: 'Countries', theme: 'reference', header: true },
  { id: 'people', label: 'People', theme: 'reference', header: true },
  { id: 'topics', label: 'Topic index', theme: 'reference', header: false },
  { id: 'sources', label: 'Sources', theme: 'reference', header: true },
];

/** "/decline/" for "decline", "/" for "index". */
export function pathOf(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}
