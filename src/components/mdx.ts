/**
 * The components every MDX page may use, with no import line (pages have none): the figure and
 * the chart, which take an id, the reference lists, and the About block made from the site's
 * settings. A component's styles and scripts still reach only the pages that use it: the chart's
 * stylesheet is linked by pages that place a chart (see styles/chart-css.ts), a component's
 * script is written where the component is rendered, and the reference lists' styles are part
 * of the site stylesheet.
 */
import AboutSite from './AboutSite.astro';
import Fig from './Fig.astro';
import Chart from './Chart.astro';
import CountryFacts from './CountryFacts.astro';
import EventList from './EventList.astro';
import FigureList from './FigureList.astro';
import PageDirectory from './PageDirectory.astro';
import PartyFacts from './PartyFacts.astro';
import SectionLinks from './SectionLinks.astro';
import SourceList from './SourceList.astro';
import SubPages from './SubPages.astro';
import TopicIndex from './TopicIndex.astro';

export const mdxComponents = {
  AboutSite,
  Fig,
  Chart,
  CountryFacts,
  EventList,
  FigureList,
  PageDirectory,
  PartyFacts,
  SectionLinks,
  SourceList,
  SubPages,
  TopicIndex,
};
