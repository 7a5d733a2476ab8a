/** The components MDX pages may use without importing them. */
import Fig from './Fig.astro';

export const mdxComponents = { Fig };
