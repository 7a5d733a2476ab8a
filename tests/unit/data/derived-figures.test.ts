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
  // 2016–2025: sums of repatriations announced flight by flight.
  'france-repatriated-women-2022-2023': (v) =>
    v('france-repatriated-women-2022-07') +
    v('france-repatriated-women-2022-10') +
    v('france-repatriated-women-2023-01') +
    v('france-repatriated-women-2023-07'),
  'france-repatriated-children-2022-2023': (v) =>
    v('france-repatriated-children-2022-07') +
    v('france-repatriated-children-2022-10') +
    v('france-repatriated-children-2023-01') +
    v('france-repatriated-children-2023-07'),
  'france-repatriated-2022-2023': (v) => v('france-repatriated-women-2022-2023') + v('france-repatriated-children-2022-2023'),
  'germany-repatriated-children-2025': (v) =>
    v('germany-repatriated-with-mothers-2025') + v('germany-repatriated-unaccompanied-2025'),
  'germany-repatriated-2025': (v) => v('germany-repatriated-women-2025') + v('germany-repatriated-children-2025'),
  'al-hol-2025-04-parts-sum': (v) => v('al-hol-iraqis-2025-04') + v('al-hol-syrians-2025-04') + v('al-hol-foreigners-2025-04'),
  // "Roughly a third" read as a third: the strike's toll three times over.
  'libya-is-implied-2019': (v) => v('libya-strike-killed-2019') * 3,
  // Returns as a share of those who went, in per cent.
  'icsr-returned-share-2018': (v) => (v('icsr-returned-2018') / v('icsr-total-2018')) * 100,
  'tunisia-returned-share-2017': (v) => (v('soufan-2017-tunisia-returned') / v('soufan-2017-tunisia')) * 100,
  'turkey-returned-share-2017': (v) => (v('soufan-2017-turkey-returned') / v('soufan-2017-turkey')) * 100,
  'russia-returned-share-2017': (v) => (v('soufan-2017-russia-returned') / v('soufan-2017-russia')) * 100,
  'france-returned-share-2017': (v) => (v('soufan-2017-france-returned') / v('soufan-2017-france')) * 100,
  'uk-returned-share-2017': (v) => (v('uk-returned-2017-10') / v('uk-travelled-2017-10')) * 100,
  'us-returned-share-soufan-2017': (v) => (v('us-returned-soufan-2017') / v('us-travelled-soufan-2017')) * 100,
  'us-returned-share-gwu-2018': (v) => (v('us-returned-gwu-2018') / v('us-travellers-gwu-2018')) * 100,
  'eu-returned-share-2017': (v) => (v('eu-returned-2017') / v('eu-travelled-2017')) * 100,
  'belgium-returned-share-2017': (v) => (v('belgium-returned-2017-11') / v('belgium-reached-zone-2017-11')) * 100,
  'germany-returned-share-2019': (v) => (v('germany-returned-2019') / v('germany-travelled-2019')) * 100,
  'germany-returned-share-2022': (v) => (v('germany-returned-2022') / v('germany-travelled-2022')) * 100,
  'tunisia-returned-share-2019': (v) => (v('tunisia-returned-2018-10') / v('tunisia-in-zones-2019')) * 100,
  'morocco-returned-share-2021': (v) => (v('morocco-returned-2021') / v('morocco-left-2021')) * 100,
  'kosovo-returned-share-2019': (v) => (v('kosovo-returned-2019') / v('kosovo-joined-2019')) * 100,
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
