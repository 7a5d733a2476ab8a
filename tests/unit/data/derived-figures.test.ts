/**
 * Every derived figure (this site's arithmetic) recomputed from the figures it names. A new
 * derived figure fails here until its arithmetic is written down below, the same as its `method`.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/dataset';
import type { Figure } from '../../../src/data/schema';

/** A figure's number, or one end of its range. */
type Read = (id: string, end?: 'low' | 'high') => number;

/** The arithmetic of each derived figure: a value, or a range [low, high]. */
const RECOMPUTE: Record<string, (v: Read) => number | [number, number]> = {
  'france-arrivals-h1-2016-implied': (v) => v('france-arrivals-h1-2015') / v('france-fourfold-decrease'),
  'france-arrivals-drop': (v) =>
    ((v('france-arrivals-h1-2015') - v('france-arrivals-h1-2016')) / v('france-arrivals-h1-2015')) * 100,
  'germany-departures-nov-2015-jun-2016': (v) => v('germany-departures-2016-06') - v('germany-departures-2015-11'),
  // "About a third" is words, not a number: the third is this figure's own reading of them.
  'germany-returnees-2016-06': (v) => v('germany-departures-2016-06') / 3,
  'pentagon-monthly-flow-drop': (v) =>
    ((v('pentagon-monthly-flow-2015') - v('pentagon-monthly-flow-2016-04')) / v('pentagon-monthly-flow-2015')) * 100,
  'global-monthly-flow-drop': (v) => ((v('peak-monthly-flow') - v('current-monthly-flow')) / v('peak-monthly-flow')) * 100,
  'turkey-no-entry-ratio': (v) => v('turkey-no-entry-added') / v('turkey-no-entry-2014'),
  'turkey-entry-ban-growth': (v) => v('turkey-entry-ban-2016-06') - v('turkey-entry-ban-2015-02'),
  'border-tank-spacing-metres': (v) => v('border-tank-spacing') * 0.9144,
  'us-monthly-drop': (v) => [
    ((v('us-monthly-h1-2015', 'low') - v('us-monthly-2016')) / v('us-monthly-h1-2015', 'low')) * 100,
    ((v('us-monthly-h1-2015', 'high') - v('us-monthly-2016')) / v('us-monthly-h1-2015', 'high')) * 100,
  ],
};

/**
 * How close the stated number must be: rounded to the digits it is written with (83 for 83.3,
 * 97.5 exactly); with "about" or "roughly", to its last non-zero digit (39,000 for 39,045).
 */
function tolerance(stated: number, f: Pick<Figure, 'hedge'>): number {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  const written = 0.5 * 10 ** -decimals;
  if (f.hedge !== 'about' && f.hedge !== 'roughly') return written + 1e-9;
  const zeros = /0*$/.exec(String(Math.round(stated)))?.[0].length ?? 0;
  return Math.max(written, 0.5 * 10 ** zeros) + 1e-9;
}

describe('derived figures', () => {
  const data = loadDataset();
  const derived = [...data.figures.values()].filter((f) => f.kind === 'derived');

  it('each has its arithmetic written down here', () => {
    expect(Object.keys(RECOMPUTE).sort()).toEqual(derived.map((f) => f.id).sort());
  });

  for (const f of derived) {
    it(`${f.id} is what its inputs give (${f.derived?.method})`, () => {
      const compute = RECOMPUTE[f.id];
      if (!compute) return;
      const read: Read = (id, end) => {
        // Only the figures the entry says it is derived from may be read.
        expect(f.derived?.from, `${f.id} reads ${id}, which its derived.from does not name`).toContain(id);
        const input = data.figures.get(id);
        const n = end === 'low' ? input?.low : end === 'high' ? input?.high : input?.value;
        if (n === undefined) throw new Error(`${id} has no ${end ?? 'single value'}`);
        return n;
      };
      const result = compute(read);
      const [low, high] = Array.isArray(result) ? result : [result, result];
      if (Array.isArray(result)) {
        expect(Math.abs((f.low ?? NaN) - low)).toBeLessThanOrEqual(tolerance(f.low ?? 0, f));
        expect(Math.abs((f.high ?? NaN) - high)).toBeLessThanOrEqual(tolerance(f.high ?? 0, f));
      } else {
        expect(Math.abs((f.value ?? NaN) - low)).toBeLessThanOrEqual(tolerance(f.value ?? 0, f));
      }
    });
  }

  it('allows rounding only to the digits a figure is written with', () => {
    expect(Math.abs(18 - 69 / 4)).toBeGreaterThan(tolerance(18, { hedge: 'about' }));
    expect(Math.abs(39_000 - 39_045)).toBeLessThanOrEqual(tolerance(39_000, { hedge: 'about' }));
    expect(Math.abs(39_045 - 38_000)).toBeGreaterThan(tolerance(38_000, { hedge: 'about' }));
    expect(Math.abs(97.5 - 97.4)).toBeGreaterThan(tolerance(97.5, {}));
  });
});
