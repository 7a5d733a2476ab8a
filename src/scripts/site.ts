/** Enhancements loaded on every page. Everything here is optional: pages work without it. */
import { initTheme } from './theme-toggle';
import { initToc } from './toc';
import { initSearchTrigger } from './search-trigger';
import { initSectionTools } from './section-tools';
import { initFigureLinks } from './figure-links';

initTheme();
initToc();
initSearchTrigger();
initSectionTools();
initFigureLinks();
if (new URLSearchParams(location.search).has('highlight'))
  void import('./search-highlight').then((m) => m.highlightSearchTerms());
