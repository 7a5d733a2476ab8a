import { describe, expect, it } from 'vitest';
import { yearScale, yearsCovering, yearTicks } from '../../../src/charts/year-ticks';

describe('the time axis over whole years', () => {
  it('covers the first and last years any date falls in', () => {
    const dates = [new Date('2016-04-26'), new Date('2014-06-01'), new Date('2015-12-31T23:59:59Z')];
    expect(yearsCovering(dates)).toEqual([2014, 2016]);
  });

  it('runs from 1 January of the first year to the end of the last', () => {
    const x = yearScale([2014, 2016], [0, 300]);
    expect(x(new Date(Date.UTC(2014, 0, 1)))).toBe(0);
    expect(x(new Date(Date.UTC(2017, 0, 1)))).toBe(300);
    expect(x(new Date(Date.UTC(2015, 0, 1)))).toBeCloseTo(100, 0);
  });

  it('puts a tick at each year and labels the last one', () => {
    const ticks = yearTicks(yearScale([2014, 2016], [0, 300]), [2014, 2016], 12);
    expect(ticks.map((t) => t.label)).toEqual(['2014', '2015', '2016', '']);
    expect(ticks.at(-1)?.x).toBe(300);
  });
});
