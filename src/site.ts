/**
 * Site-wide settings: the name, and the list of pages (their order, kind and labels). Page text
 * lives in content/pages; this file only declares and orders it.
 */
export const SITE = {
  name: 'The Foreign Fighter Flow',
  tagline: 'How the stream of recruits to the Islamic State dried up in 2015–2016, and what followed',
  language: 'en',
  /**
   * The day the site's content was last reviewed, YYYY-MM-DD: the one "last updated" date the
   * build checks against. No page's `updated`, figure's `asOf`, event or source may be dated
   * later (a later date is a typo, such as 2061 for 2016, or a date rolled forward). Move it on
   * when the content is revised.
   */
  lastUpdated: '2026-12-01',
  /** The day the site was first published, YYYY-MM-DD. */
  firstPublished: '2026-11-23',
  /**
   * Who publishes the site and answers for it: an organisation or an editor, named in the About
   * section, the citation and the downloads. Set SITE_PUBLISHER when building; the default is
   * neutral on purpose.
   */
  publisher: process.env['SITE_PUBLISHER'] ?? 'The Foreign Fighter Flow project',
  /**
   * Where readers send corrections: a mailto: address or an issue tracker's new-issue address.
   * Set SITE_CORRECTIONS when building. The site adds the page and figure to the message.
   */
  corrections: process.env['SITE_CORRECTIONS'] ?? 'mailto:corrections@foreign-fighters.example.org',
  /**
   * The licence of the site's own work (its text, charts and compilation of the data). Data
   * taken from a source stays under that source's terms, which its entry names where they differ.
   */
  licence: {
    name: 'Creative Commons Attribution 4.0 International',
    short: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;

/** The chart colours (tokens --c1…--c5 in styles/tokens.css), for what is drawn per theme. */
export type ChartColour = 'c1' | 'c2' | 'c3' | 'c4' | 'c5';

/**
 * What a page is. A theme page tells part of the story: it has a search filter of its own and a
 * lane, in its colour, on the timeline. Reference pages (and the overview) list and summarise:
 * they are one search filter each, weigh less in search, and are left out of "discussed in" links.
 */
export type PageKind = 'overview' | 'theme' | 'reference';

export interface NavItem {
  /** Content entry id (file name without .mdx); "index" is the home page. */
  id: string;
  /** Short label for the navigation, the search filter and the timeline lane. */
  label: string;
  kind: PageKind;
  /** Listed in the header navigation (reference pages that are not are in the footer). */
  header: boolean;
  /** Theme pages: the colour of their lane on the timeline. */
  colour?: ChartColour;
  /**
   * A page of a listing or a theme page too long for one page (the figure register, the source
   * list, the second half of What came after), reached from the page named here, which links to
   * it (<SubPages>); left out of the page directory. A theme page's part shares its filter and lane.
   */
  partOf?: string;
}

/**
 * Every page, in reading order: the story first, then the reference pages. This list is the one
 * place a page is declared; the header, previous/next, the search's theme filter and its type,
 * the timeline's lanes and colours, and which pages count as reference all follow from it.
 * Adding a page is its MDX file in content/pages and an entry here.
 */
export const NAV = [
  { id: 'index', label: 'Overview', kind: 'overview', header: false },
  { id: 'decline', label: 'Decline', kind: 'theme', header: true, colour: 'c1' },
  { id: 'causes', label: 'Causes', kind: 'theme', header: true, colour: 'c2' },
  { id: 'reverse-flows', label: 'Reverse flows', kind: 'theme', header: true, colour: 'c3' },
  { id: 'regional-shifts', label: 'Regional shifts', kind: 'theme', header: true, colour: 'c4' },
  { id: 'aftermath', label: 'What came after', kind: 'theme', header: true, colour: 'c5' },
  // The page's second half, so that each half stays light on a phone: its search filter, lane and colour are the page's.
  {
    id: 'aftermath/camps-and-new-fronts',
    label: 'After: camps and new fronts',
    kind: 'theme',
    header: false,
    colour: 'c5',
    partOf: 'aftermath',
  },
  { id: 'timeline', label: 'Timeline', kind: 'reference', header: true },
  { id: 'countries', label: 'Countries', kind: 'reference', header: true },
  ...(
    [
      ['countries/united-states-europe', 'Countries: U.S., Western Europe'],
      ['countries/turkey-to-libya', 'Countries: Turkey to Libya'],
      ['countries/egypt-and-others', 'Countries: Egypt and others'],
      ['countries/after-2016', 'Countries after 2016'],
    ] as const
  ).map(([id, label]) => ({ id, label, kind: 'reference', header: false, partOf: 'countries' }) as const),
  { id: 'people', label: 'People', kind: 'reference', header: true },
  ...(
    [
      ['people/quoted', 'People quoted or cited'],
      ['people/research', 'Research bodies'],
      ['people/governments', 'Governments and agencies'],
      ['people/groups-outlets-after-2016', 'Groups, outlets, people after 2016'],
      ['people/bodies-after-2016', 'Bodies after 2016'],
      ['people/more-bodies-after-2016', 'More bodies after 2016'],
    ] as const
  ).map(([id, label]) => ({ id, label, kind: 'reference', header: false, partOf: 'people' }) as const),
  { id: 'topics', label: 'Topic index', kind: 'reference', header: false },
  { id: 'sources', label: 'Sources', kind: 'reference', header: true },
  ...(
    [
      ['sources/to-2015', 'Sources to 2015'],
      ['sources/2016', 'Sources of 2016'],
      ['sources/2017', 'Sources of 2017'],
      ['sources/2018-2019', 'Sources of 2018–2019'],
      ['sources/2020-2025', 'Sources of 2020–2025'],
      ['figures/flow', 'Figures: the flow'],
      ['figures/france-germany', 'Figures: France, Germany'],
      ['figures/belgium-britain-eu', 'Figures: Belgium, Britain, EU'],
      ['figures/turkey-north-africa', 'Figures: Turkey, North Africa'],
      ['figures/country-estimates', 'Figures: country estimates'],
      ['figures/after-2016-flow', 'Figures: flow after 2016'],
      ['figures/after-2016-returns', 'Figures: returns after 2016'],
      ['figures/after-2016-camps', 'Figures: camps after 2016'],
      ['figures/after-2016-attacks-regions', 'Figures: attacks, regions after 2016'],
    ] as const
  ).map(([id, label]) => ({ id, label, kind: 'reference', header: false, partOf: 'sources' }) as const),
] as const satisfies readonly NavItem[];

type Entry = (typeof NAV)[number];
export type ThemePage = Exclude<Extract<Entry, { kind: 'theme' }>, { partOf: string }>;

/** The search's "theme" filter: each theme page by its id; the other pages by their kind. */
export type Theme = ThemePage['id'] | 'overview' | 'reference';

/** The theme pages, in reading order: the timeline's lanes, top to bottom (a part is in its page's lane). */
export const THEME_PAGES: readonly ThemePage[] = NAV.filter((n): n is ThemePage => n.kind === 'theme' && !('partOf' in n));

/** Pages that list rather than explain: left out of "discussed in" links (their entry would link to itself). */
export const REFERENCE_PAGES: readonly string[] = NAV.filter((n) => n.kind === 'reference').map((n) => n.id);

/** A page's value for the search's theme filter. */
export function themeOf(id: string): Theme {
  const item: Entry | undefined = NAV.find((n) => n.id === id);
  if (item?.kind === 'theme') return 'partOf' in item ? themeOf(item.partOf) : item.id;
  return item?.kind === 'overview' ? 'overview' : 'reference';
}

/** The theme filter's options: each theme, then the overview and the reference pages. */
export const THEME_FILTERS: readonly { value: Theme; label: string }[] = [
  ...THEME_PAGES.map((t) => ({ value: t.id, label: t.label })),
  { value: 'overview', label: 'Overview' },
  { value: 'reference', label: 'Reference pages' },
];

/** "/decline/" for "decline", "/" for "index". */
export function pathOf(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}
