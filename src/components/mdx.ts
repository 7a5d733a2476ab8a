/**
 * Components every MDX page may use without importing them: only the figure, which every page
 * uses. Charts and reference lists are imported by the pages that use them, so their styles and
 * scripts reach only those pages.
 */
import Fig from './Fig.astro';

export const mdxComponents = { Fig };
