/**
 * The chart stylesheet (charts.css, which imports chart-marks.css) as a file of its own, linked
 * from the <head> of the pages that place a chart: charts.yaml names each chart's page, and the
 * build checks that the page places it (markdown-plugins.ts). `?url` gives the built file's
 * address without adding the styles to every page that the MDX route renders.
 */
import href from './charts.css?url';

export const CHART_STYLESHEET: string = href;
