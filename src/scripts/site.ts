/** Enhancements loaded on every page. Everything here is optional: pages work without it. */
import { initTheme } from './theme-toggle';
import { initToc } from './toc';
import { initSearchTrigger } from './search-trigger';
import { initSectionTools } from './section-tools';

initTheme();
initToc();
initSearchTrigger();
initSectionTools();
if (new URLSearchParams(location.search).has('highlight'))
  void import('./search-highlight').then((m) => m.highlightSearchTerms());
