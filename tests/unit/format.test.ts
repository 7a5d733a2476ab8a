import { describe, expect, it } from 'vitest';
import { labelWithPeriod } from '../../src/data/format';

describe('labelWithPeriod', () => {
  const period = (label: string) => ({ from: '2015-01', to: '2015-06', label });

  it('adds the period the figure covers', () => {
    expect(labelWithPeriod({ label: 'French nationals still in the zone', period: period('September 2016') })).toBe(
      'French nationals still in the zone (September 2016)',
    );
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
