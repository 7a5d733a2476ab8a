/** Enhancements loaded on every page. Everything here is optional: pages work without it. */
import { initTheme } from './theme-toggle';
import { initToc } from './toc';

initTheme();
initToc();
