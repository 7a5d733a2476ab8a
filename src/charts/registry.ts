/** Every chart on the site. The CSV and SVG downloads are generated for each one listed here. */
import { defineChart, type Chart } from './model';
import { monthlyFlow } from './monthly-flow';
import { countryBeforeAfter } from './country-before-after';
import { turkeyEntryBan } from './turkey-entry-ban';
import { whoCouldReturn } from './who-could-return';
import { westernEuropePerCapita } from './western-europe-per-capita';
import { originsMap } from './origins-map';
import { timeline } from './timeline';
import { keyFigures } from './key-figures';
import { alHolPopulation } from './al-hol-population';
import { repatriationByCountry } from './repatriation-by-country';
import { runningTotals } from './running-totals';

export const CHARTS: Chart[] = [
  defineChart(monthlyFlow),
  defineChart(countryBeforeAfter),
  defineChart(turkeyEntryBan),
  defineChart(whoCouldReturn),
  defineChart(westernEuropePerCapita),
  defineChart(originsMap),
  defineChart(timeline),
  defineChart(keyFigures),
  defineChart(alHolPopulation),
  defineChart(repatriationByCountry),
  defineChart(runningTotals),
];

export function getChart(id: string): Chart {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`No chart "${id}" in src/charts/registry.ts`);
  return chart;
}
