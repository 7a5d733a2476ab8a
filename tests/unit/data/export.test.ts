/** The whole-dataset downloads: columns, dictionary, numbers as numbers, licence, safe cells. */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/dataset';
import { DATA_FILES, TABLES, datasetJson, dictionaryCsv, licenceText, tableCsv, type TableName } from '../../../src/data/export';
import { SITE } from '../../../src/site';

const data = loadDataset();
const names = Object.keys(TABLES) as TableName[];

describe('dataset downloads', () => {
  it('offer figures, events and sources as CSV, a dictionary, and one JSON file', () => {
    expect([...DATA_FILES].sort()).toEqual(['data-dictionary.csv', 'dataset.json', 'events.csv', 'figures.csv', 'sources.csv']);
  });

  for (const name of names) {
    it(`${name}.csv: one row per entry, the columns the dictionary describes`, () => {
      const rows = csvParse(tableCsv(name, data, 'https://example.org'));
      const size = { figures: data.figures.size, events: data.events.size, sources: data.sources.size }[name];
      expect(rows).toHaveLength(size);
      const described = csvParse(dictionaryCsv())
        .filter((r) => r['table'] === name)
        .map((r) => r['column']);
      expect(rows.columns).toEqual(described);
      for (const r of csvParse(dictionaryCsv())) expect(r['description']?.length).toBeGreaterThan(5);
    });
  }

  it('figures.csv keeps numbers in number columns and the hedge beside them', () => {
    const rows = csvParse(tableCsv('figures', data));
    const current = rows.find((r) => r['id'] === 'current-monthly-flow');
    expect(current).toMatchObject({ value: '50', hedge: 'as few as', unit: 'people-per-month', unit_words: 'people a month' });
    const range = rows.find((r) => r['id'] === 'soufan-range-2015');
    expect(Number(range?.['low'])).toBeLessThan(Number(range?.['high']));
    for (const r of rows)
      for (const col of ['value', 'low', 'high'])
        if (r[col]) expect(Number.isFinite(Number(r[col])), `${r['id']} ${col}`).toBe(true);
  });

  it('dataset.json has every table, the dictionary and the site’s licence', () => {
    const json = JSON.parse(datasetJson(data, 'https://example.org')) as Record<string, unknown> & {
      licence: { url: string; text: string };
      dictionary: Record<string, Record<string, string>>;
      figures: Record<string, unknown>[];
    };
    expect(json.licence.url).toBe(SITE.licence.url);
    expect(json.licence.text).toBe(licenceText());
    for (const name of names) {
      expect(Array.isArray(json[name])).toBe(true);
      expect(Object.keys(json.dictionary[name] ?? {})).toEqual(TABLES[name].map((f) => f.name));
    }
    const peak = json.figures.find((f) => f['id'] === 'peak-monthly-flow');
    expect(peak?.['value']).toBe(2000);
    expect(licenceText()).toContain(SITE.licence.short);
  });

  it('writes every cell through the spreadsheet-safe writer', () => {
    const csv = tableCsv('sources', data);
    // No cell may start with a formula character unless it is a number.
    for (const r of csvParse(csv)) for (const v of Object.values(r)) expect(v ?? '').not.toMatch(/^[=+@]/);
  });
});
