/** The components MDX pages may use without importing them. */
import Fig from './Fig.astro';
import CountryFacts from './CountryFacts.astro';
import PartyFacts from './PartyFacts.astro';
import EventList from './EventList.astro';
import FigureList from './FigureList.astro';
import SourceList from './SourceList.astro';
import TopicIndex from './TopicIndex.astro';
import MonthlyFlow from './charts/MonthlyFlow.astro';
import CountryBeforeAfter from './charts/CountryBeforeAfter.astro';
import TurkeyEntryBan from './charts/TurkeyEntryBan.astro';
import WhoCouldReturn from './charts/WhoCouldReturn.astro';
import OriginsMap from './charts/OriginsMap.astro';
import WesternEuropePerCapita from './charts/WesternEuropePerCapita.astro';
import TimelineChart from './charts/TimelineChart.astro';
import KeyFigures from './charts/KeyFigures.astro';

export const mdxComponents = {
  Fig,
  CountryFacts,
  PartyFacts,
  EventList,
  FigureList,
  SourceList,
  TopicIndex,
  MonthlyFlow,
  CountryBeforeAfter,
  TurkeyEntryBan,
  WhoCouldReturn,
  OriginsMap,
  WesternEuropePerCapita,
  TimelineChart,
  KeyFigures,
};
