/** The components MDX pages may use without importing them. */
import Fig from './Fig.astro';
import CountryFacts from './CountryFacts.astro';
import PartyFacts from './PartyFacts.astro';
import EventList from './EventList.astro';
import FigureList from './FigureList.astro';
import SourceList from './SourceList.astro';
import TopicIndex from './TopicIndex.astro';
import MonthlyFlow from './charts/MonthlyFlow.astro';

export const mdxComponents = { Fig, CountryFacts, PartyFacts, EventList, FigureList, SourceList, TopicIndex, MonthlyFlow };
