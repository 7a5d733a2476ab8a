import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/dataset';

describe('the dataset in content/data', () => {
  const data = loadDataset();

  it('loads, validates and cross-checks without a problem', () => {
    expect(data.figures.size).toBeGreaterThan(0);
    expect(data.events.size).toBeGreaterThan(0);
  });

  it('cites the source article for at least one figure', () => {
    expect([...data.figures.values()].some((f) => f.publishedIn.includes('wapo-2016-09-09'))).toBe(true);
  });
});
