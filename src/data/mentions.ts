/**
 * Which sections discuss what. Reads the MDX source of every page, splits it at its section
 * headings, and records the figures each section shows and the names it mentions, so the
 * countries, people and topic pages can link to every place a subject is treated.
 */

export interface PageSource {
  /** Content id, e.g. "decline". */
  id: string;
  /** Page title, used for the top-of-page pseudo-section. */
  title: string;
  /** Raw MDX body. */
  body: string;
}

export interface Section {
  page: string;
  pageTitle: string;
  /** Section id; "" for the text before the first heading. */
  id: string;
  title: string;
  depth: number;
  /** The heading and the prose, with MDX tags and link addresses removed. */
  text: string;
  /** Figure ids shown with <Fig id="…"/>. */
  figures: string[];
}

const HEADING = /^(#{2,3})\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/;
const FIG = /<Fig\s+[^>]*?id="([a-z0-9-]+)"[^>]*\/>/g;

/** Splits each page at its h2/h3 headings. */
export function splitSections(pages: PageSource[]): Section[] {
  const sections: Section[] = [];
  for (const page of pages) {
    let current: Section = { page: page.id, pageTitle: page.title, id: '', title: page.title, depth: 1, text: '', figures: [] };
    const flush = () => {
      current.figures = [...current.text.matchAll(FIG)].map((m) => m[1] ?? '');
      // A heading names its subject; a link's address ("#western-europe-per-capita") does not.
      current.text = `${current.id ? current.title : ''}\n${current.text}`
        .replace(/^(import|export)\s.*$/gm, '')
        .replace(/\]\([^)\s]*\)/g, ']')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (current.id !== '' || current.text !== '' || current.figures.length > 0) sections.push(current);
    };
    for (const line of page.body.split('\n')) {
      const m = HEADING.exec(line);
      if (m) {
        flush();
        current = {
          page: page.id,
          pageTitle: page.title,
          id: m[3] ?? '',
          title: (m[2] ?? '').trim(),
          depth: (m[1] ?? '##').length,
          text: '',
          figures: [],
        };
      } else {
        current.text += `${line}\n`;
      }
    }
    flush();
  }
  return sections;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of the names as a whole word, in its written case (so the alias "IS" does not match "is"). */
function namePattern(names: string[], flags: string): RegExp | undefined {
  return names.length > 0
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags)
    : undefined;
}

/** How often a section names any of `names` or shows any of `figureIds`: its relevance to them. */
export function mentionCount(section: Section, names: string[], figureIds: string[] = []): number {
  const pattern = namePattern(names, 'gu');
  const figures = new Set(figureIds);
  return (pattern ? [...section.text.matchAll(pattern)].length : 0) + section.figures.filter((f) => figures.has(f)).length;
}

/** The `limit` sections that mention the subject most, kept in page order. */
export function mostRelevant(sections: Section[], names: string[], figureIds: string[], limit: number): Section[] {
  if (sections.length <= limit) return sections;
  const keep = new Set(
    sections
      .map((s, i) => ({ s, i, n: mentionCount(s, names, figureIds) }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.s),
  );
  return sections.filter((s) => keep.has(s));
}

/**
 * The sections whose text names any of `names` (whole words, case as written, so the alias
 * "IS" does not match "is"), or shows any of `figureIds`.
 */
export function sectionsMentioning(sections: Section[], names: string[], figureIds: string[] = []): Section[] {
  const pattern = namePattern(names, 'u');
  const figures = new Set(figureIds);
  return sections.filter((s) => (pattern?.test(s.text) ?? false) || s.figures.some((f) => figures.has(f)));
}
