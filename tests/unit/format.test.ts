import { describe, expect, it } from 'vitest';
import { endSentence, factLine, figureForLabel, labelWithPeriod } from '../../src/data/format';
import { withArticle } from '../../src/data/icsr';
import type { Figure } from '../../src/data/schema';

describe('labelWithPeriod', () => {
  const period = (label: string) => ({ from: '2015-01', to: '2015-06', label });

  it('adds the period the figure covers', () => {
    expect(labelWithPeriod({ label: 'French nationals still in the zone', period: period('September 2016') })).toBe(
      'French nationals still in the zone (September 2016)',
    );
  });

  it('does not repeat a period whose dates the label already gives', () => {
    expect(
      labelWithPeriod({
        label: 'Entry bans, total announced on 4 February 2015',
        period: period('running total at 4 February 2015'),
      }),
    ).toBe('Entry bans, total announced on 4 February 2015');
    expect(
      labelWithPeriod({ label: 'Entry bans, total announced in 2015', period: period('running total at 4 February 2015') }),
    ).toBe('Entry bans, total announced in 2015 (running total at 4 February 2015)');
  });

  it('does not repeat a period the label already names', () => {
    expect(labelWithPeriod({ label: 'French arrivals, first half of 2015', period: period('first half of 2015') })).toBe(
      'French arrivals, first half of 2015',
    );
    expect(labelWithPeriod({ label: 'Arrivals, First Half of 2015', period: period('first half of 2015') })).toBe(
      'Arrivals, First Half of 2015',
    );
  });
});

describe('list lines for figures', () => {
  const base = {
    id: 'x',
    kind: 'count',
    period: { label: 'the first months of 2015' },
    asOf: '2015-06-01',
    assertedBy: 'fbi',
    publishedIn: [],
    countries: [],
  } as unknown as Figure;

  it('leaves out a unit the label already says in words', () => {
    expect(figureForLabel({ ...base, value: 40000, unit: 'names', hedge: 'more than', label: 'names Turkey added' })).toBe(
      'more than 40,000',
    );
    expect(figureForLabel({ ...base, value: 9, unit: 'people-per-month', label: 'Americans trying to travel each month' })).toBe(
      '9',
    );
    expect(figureForLabel({ ...base, value: 9, unit: 'people-per-month', label: 'Americans trying to travel' })).toBe(
      '9 a month',
    );
  });

  it('puts the label first and the value after a colon, so no number runs into a noun', () => {
    expect(factLine({ ...base, value: 1, unit: 'people-per-month', label: 'Americans travelling each month' })).toEqual({
      label: 'Americans travelling each month (the first months of 2015)',
      value: '1',
    });
    expect(factLine({ ...base, value: 15.2, unit: 'percent', label: 'share of the contingent from Ben Guerdane' }).label).toBe(
      'Share of the contingent from Ben Guerdane (the first months of 2015)',
    );
  });

  it('does not nest brackets when the label or the period has its own', () => {
    expect(
      labelWithPeriod({
        label: 'Americans trying to travel, early 2015 (average)',
        period: { label: 'January to June 2015' },
      }),
    ).toBe('Americans trying to travel, early 2015 (average); January to June 2015');
  });

  it('ends a sentence once', () => {
    expect(endSentence('the report itself was not read.')).toBe('the report itself was not read.');
    expect(endSentence('Is the flow waning in the United States?')).toBe('Is the flow waning in the United States?');
    expect(endSentence('ksa2day.com (full address not recorded)')).toBe('ksa2day.com (full address not recorded).');
  });

  it('gives a country the article it takes in running text', () => {
    expect(withArticle('United States')).toBe('the United States');
    expect(withArticle('Netherlands')).toBe('the Netherlands');
    expect(withArticle('France')).toBe('France');
  });
});
