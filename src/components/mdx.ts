/** The components MDX pages may use without importing them. */
import Fig from './Fig.astro';
import MonthlyFlow from './charts/MonthlyFlow.astro';

export const mdxComponents = { Fig, MonthlyFlow };
