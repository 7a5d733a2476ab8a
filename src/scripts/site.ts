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
// An old address of an entry that moved to another page: the id is missing, or kept in the list of the page's parts.
// (The site's ids are plain ASCII, so the hash is compared as it stands.)
const target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : undefined;
if (target === null || target?.closest('.sub-pages')) void import('./moved-anchor').then((m) => m.followMovedAnchor());
