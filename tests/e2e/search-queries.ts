/**
 * Queries a reader would type, and where each should land: the table the search-index test runs
 * (tests/e2e/search-index.spec.ts), kept apart so that other checks can reuse it.
 */
export interface Expectation {
  query: string;
  /** The top result's page. */
  page: string;
  /**
   * An anchor that must be among the top result's first sub-results; several when a chart in
   * the section is as good a landing as the section's heading.
   */
  anchor?: string | string[];
  filters?: Record<string, string[]>;
  /**
   * Landings as good as the first, for subjects two pages treat: the 2016 view and what came
   * after it (/aftermath/ and its part). The top result must be one of the pages listed, with its anchor.
   */
  also?: { page: string; anchor?: string | string[] }[];
}

export const QUERIES: Expectation[] = [
  // Themes
  // /causes/ opens with the April 2016 monthly figures (the Pentagon's and the coalition's), as
  // good a landing; since the register moved to pages of its own, Pagefind ranks it a little higher.
  {
    query: 'monthly flow of recruits',
    page: '/decline/',
    anchor: '#global-flow',
    also: [{ page: '/causes/', anchor: '#lost-territory' }],
  },
  { query: 'why the flow collapsed', page: '/causes/' },
  // Plain questions land on the page that answers them (issue 13 §5)
  { query: 'why did the flow fall', page: '/causes/' },
  { query: 'what did Turkey do at the border', page: '/causes/', anchor: ['#border-sealed', '#no-entry-list'] },
  {
    query: 'fighters returning home',
    page: '/reverse-flows/',
    anchor: '#coming-home',
    also: [{ page: '/aftermath/', anchor: ['#who-came-back', '#expected-returns', '#returns-worldwide'] }],
  },
  {
    query: 'returnees',
    page: '/reverse-flows/',
    anchor: ['#coming-home', '#chart-who-could-return'],
    also: [
      { page: '/aftermath/', anchor: ['#who-came-back', '#returns-worldwide', '#returnee-attacks', '#no-returnee-attacks'] },
    ],
  },
  { query: 'North Africa', page: '/regional-shifts/', anchor: '#north-africa' },
  // Countries
  {
    query: 'Tunisia',
    page: '/regional-shifts/',
    anchor: '#tunisia',
    also: [
      { page: '/aftermath/', anchor: ['#tunisia-totals', '#expected-tunisia-rank', '#returns-maghreb'] },
      { page: '/aftermath/camps-and-new-fronts/', anchor: '#tunisia-after' },
    ],
  },
  { query: 'Belgium per capita', page: '/regional-shifts/', anchor: '#western-europe-per-capita' },
  { query: 'France arrivals 69', page: '/decline/', anchor: '#france' },
  { query: 'Germany Münch returnees', page: '/reverse-flows/', anchor: '#germany-view' },
  { query: 'Egypt tribes', page: '/causes/', anchor: '#egypt-tribes' },
  // People and organisations: the section that reports what they said, or their own entry
  { query: 'Comey', page: '/decline/', anchor: '#united-states' },
  { query: 'Cazeneuve fourfold', page: '/decline/', anchor: '#france' },
  { query: 'Adnani', page: '/reverse-flows/', anchor: '#adnani-call' },
  { query: 'Neumann Afghanistan', page: '/reverse-flows/', anchor: '#afghanistan-precedent' },
  { query: 'Europol van Gemert', page: '/reverse-flows/', anchor: '#europol-view' },
  // The people's entries are listed after the pages that explain (like the topic index): the
  // section that quotes him comes first, his entry next.
  {
    query: 'Heisbourg',
    page: '/reverse-flows/',
    anchor: '#intelligence-answer',
    also: [{ page: '/people/quoted/', anchor: '#heisbourg' }],
  },
  {
    query: 'Soufan Group',
    page: '/regional-shifts/',
    anchor: ['#where-fighters-came-from', '#chart-origins-map'],
    also: [{ page: '/aftermath/', anchor: ['#later-totals', '#why-totals-differ', '#tunisia-totals'] }],
  },
  // Terms
  { query: 'Turkey no-entry list', page: '/causes/', anchor: '#no-entry-list' },
  { query: 'deportations', page: '/causes/', anchor: ['#no-entry-list', '#chart-turkey-entry-ban'] },
  { query: 'Syria border tanks', page: '/causes/', anchor: '#border-sealed' },
  { query: 'Jarabulus', page: '/causes/', anchor: '#last-foothold' },
  { query: 'parental permission', page: '/causes/', anchor: '#exit-rules' },
  { query: 'child recruits', page: '/causes/', anchor: '#child-recruits' },
  { query: 'hijrah', page: '/reverse-flows/', anchor: '#adnani-call' },
  { query: 'Sirte Boko Haram', page: '/regional-shifts/', anchor: '#boko-haram-route' },
  { query: 'Ben Guerdane attack', page: '/regional-shifts/', anchor: '#ben-guerdane' },
  // What came after, 2016–2025: readers' plain questions land on the page's sections
  { query: 'how many came home', page: '/aftermath/', anchor: ['#who-came-back', '#returns-worldwide'] },
  { query: 'al-Hol', page: '/aftermath/camps-and-new-fronts/', anchor: '#al-hol' },
  { query: 'Baghuz', page: '/aftermath/', anchor: '#territory-falls' },
  { query: 'did returnees attack', page: '/aftermath/', anchor: ['#returnee-attacks', '#no-returnee-attacks'] },
  {
    query: 'repatriation of children',
    page: '/aftermath/camps-and-new-fronts/',
    anchor: ['#repatriation', '#chart-repatriation-by-country'],
  },
  // "IS" is read as the Islamic State (search-terms.ts). /regional-shifts/ asks in its title whether
  // the fight is moving to North Africa (the 2016 view); What came after (its second part) has what followed.
  {
    query: 'IS in Africa',
    page: '/aftermath/camps-and-new-fronts/',
    anchor: '#is-in-africa',
    also: [{ page: '/regional-shifts/', anchor: ['#north-africa', '#sirte'] }],
  },
  // A chart, an event and a figure are results of their own
  { query: 'no-entry list', page: '/causes/', anchor: '#chart-turkey-entry-ban', filters: { kind: ['chart'] } },
  { query: 'Euphrates Shield', page: '/timeline/', anchor: '#event-euphrates-shield-jarabulus', filters: { kind: ['event'] } },
  { query: '689', page: '/figures/france-germany/', anchor: '#fig-france-in-zone-2016-09', filters: { kind: ['figure'] } },
  // The charts and events of What came after are results of their own too
  {
    query: 'al-Hol population',
    page: '/aftermath/camps-and-new-fronts/',
    anchor: '#chart-al-hol-population',
    filters: { kind: ['chart'] },
  },
  {
    query: 'brought back',
    page: '/aftermath/camps-and-new-fronts/',
    anchor: '#chart-repatriation-by-country',
    filters: { kind: ['chart'] },
  },
  { query: 'where the estimates went', page: '/aftermath/', anchor: '#chart-running-totals', filters: { kind: ['chart'] } },
  { query: 'Ghwayran prison', page: '/timeline/', anchor: '#event-ghwayran-prison-attack', filters: { kind: ['event'] } },
  {
    query: 'Begum',
    page: '/timeline/',
    anchor: ['#event-begum-citizenship-removed', '#event-begum-supreme-court-2021', '#event-begum-final-ruling'],
    filters: { kind: ['event'] },
  },
];
