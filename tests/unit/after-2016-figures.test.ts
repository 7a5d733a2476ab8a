/**
 * The figures for 2016–2025 (content/data/figures/after-2016-*.yaml): the series later charts
 * draw are complete and in order, our arithmetic agrees with its inputs, and every disagreement
 * between sources is kept with both sides, each credited to whoever stated it.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/dataset';
import type { Figure } from '../../src/data/schema';

const data = loadDataset();
const all = [...data.figures.values()];
const figure = (id: string): Figure => {
  const f = data.figures.get(id);
  if (!f) throw new Error(`no figure "${id}"`);
  return f;
};
const series = (name: string) => all.filter((f) => f.series === name);
/** The number a chart would draw: the value, or the middle of a range. */
const amount = (f: Figure) => f.value ?? ((f.low ?? NaN) + (f.high ?? NaN)) / 2;

describe('the al-Hol camp population', () => {
  const points = series('al-hol-population').sort((a, b) => (a.period.from ?? '').localeCompare(b.period.from ?? '', 'en'));

  it('runs from December 2018 to September 2025, one dated point per month', () => {
    expect(points.map((p) => p.period.from)).toEqual([
      '2018-12',
      '2019-04',
      '2020-10',
      '2022-01',
      '2023-06',
      '2024',
      '2025-04',
      '2025-09',
    ]);
    for (const p of points) {
      expect(p.period.to, p.id).toBe(p.period.from);
      expect(p.unit, p.id).toBe('people');
      expect(p.value, p.id).toBeGreaterThan(0);
    }
  });

  it('names its source for every point', () => {
    for (const p of points) expect(p.publishedIn.length, p.id).toBeGreaterThan(0);
  });

  it('never has more foreigners than residents at the same date', () => {
    const foreigners = series('al-hol-foreigners');
    expect(foreigners.length).toBeGreaterThanOrEqual(4);
    for (const f of foreigners) {
      const total = points.find((p) => p.period.from === f.period.from);
      if (total) expect(amount(f), f.id).toBeLessThan(amount(total));
    }
  });

  it('keeps the April 2025 figure that its own parts contradict, with the caveat', () => {
    const april = figure('al-hol-2025-04');
    expect(april.confidence).toBe('medium');
    expect(april.notes.map((n) => n.text).join(' ')).toMatch(/37,927/);
  });
});

describe('repatriation by country', () => {
  const totals = series('repatriation-by-country');
  const countryOf = (f: Figure) => f.countries[0];

  it('has one dated total per country', () => {
    const countries = totals.map(countryOf);
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries).toEqual(
      expect.arrayContaining([
        'iraq',
        'kazakhstan',
        'uzbekistan',
        'kyrgyzstan',
        'tajikistan',
        'kosovo',
        'russia',
        'france',
        'germany',
      ]),
    );
    for (const t of totals) {
      expect(t.period.to, t.id).toBeDefined();
      expect(t.asOf >= (t.period.from ?? ''), t.id).toBe(true);
    }
  });

  it('says in each label whom it counts', () => {
    for (const t of totals) expect(t.label, t.id).toMatch(/women|children|families|men|citizens/);
  });

  it('splits a total into men, women and children that add up to it', () => {
    const parts = ['men', 'women', 'children'].flatMap((who) => series(`repatriation-by-country-${who}`));
    const split = totals.filter((t) => parts.some((p) => countryOf(p) === countryOf(t)));
    expect(split.map(countryOf).sort()).toEqual(['france', 'germany', 'kazakhstan', 'kosovo']);
    for (const t of split) {
      const sum = parts.filter((p) => countryOf(p) === countryOf(t)).reduce((s, p) => s + amount(p), 0);
      expect(sum, t.id).toBe(t.value);
    }
  });
});

describe('returns as a share of those who went', () => {
  const shares = series('returns-share');

  it('stays between 0 and 100 per cent', () => {
    expect(shares.length).toBeGreaterThanOrEqual(15);
    for (const s of shares) {
      expect(s.unit, s.id).toBe('percent');
      expect(s.low ?? s.value, s.id).toBeGreaterThan(0);
      expect(s.high ?? s.value, s.id).toBeLessThanOrEqual(100);
    }
  });

  it('agrees with the counts it is calculated from, to the nearest per cent', () => {
    const derived = shares.filter((s) => s.kind === 'derived');
    expect(derived.length).toBeGreaterThanOrEqual(12);
    for (const s of derived) {
      const [back, went] = (s.derived?.from ?? []).map(figure);
      if (!back || !went) throw new Error(`${s.id} needs two inputs`);
      const returned = amount(back);
      if (went.low !== undefined && went.high !== undefined) {
        // A range of totals gives a range of shares: the larger total, the smaller share.
        expect(s.low, s.id).toBe(Math.round((100 * returned) / went.high));
        expect(s.high, s.id).toBe(Math.round((100 * returned) / went.low));
      } else {
        expect(s.value, s.id).toBe(Math.round((100 * returned) / amount(went)));
      }
    }
  });
});

describe('the successive global totals', () => {
  const points = series('global-cumulative-total').sort((a, b) => a.asOf.localeCompare(b.asOf, 'en'));

  it('run from 2014 to 2019 and come from Soufan, ICSR, U.S. intelligence and the UN', () => {
    expect(points[0]?.asOf.slice(0, 4)).toBe('2014');
    expect(points.at(-1)?.asOf.slice(0, 4)).toBe('2019');
    expect(new Set(points.map((p) => p.assertedBy))).toEqual(
      new Set(['soufan-group', 'icsr', 'odni', 'us-intelligence', 'voronkov']),
    );
  });

  it('each say whether they count fighters or all who were affiliated', () => {
    for (const p of points) expect(p.label, p.id).toMatch(/fighters|foreigners|people/);
  });
});

describe('disagreements between sources', () => {
  /** Figures that answer the same question differently, to be shown side by side. */
  const DISAGREEMENTS: Record<string, string[]> = {
    "Tunisia's total": ['un-working-group-tunisia-2015', 'essebsi-tunisia-2017-01', 'soufan-2017-tunisia', 'soufan-2015-tunisia'],
    'U.S. travellers': ['us-travelled-soufan-2017', 'us-travellers-gwu-2018'],
    'foreign prisoners held by the SDF': ['sdf-foreign-fighters-2021-06', 'sdf-foreign-fighters-2021-05'],
    'the group in Libya': ['un-is-libya-2018', 'libya-is-2017-02', 'libya-is-implied-2019'],
    "Turkey's entry bans in 2020": ['turkey-entry-ban-ayaz-2020-02', 'turkey-entry-ban-soylu-2020-02'],
    "France's returnees": ['france-returned-2017-08', 'france-returned-2017-12', 'france-returned-2018-02'],
    "Belgium's returnees": ['belgium-returned-ocad-2020-06', 'belgium-returned-2021-01'],
    'returnees worldwide': ['soufan-returned-2017-10', 'icsr-returned-2018'],
    'escapes from Ghwayran': ['ghwayran-escapes-sdf', 'ghwayran-escapes-sohr', 'ghwayran-escapes-wapo'],
  };

  for (const [subject, ids] of Object.entries(DISAGREEMENTS)) {
    it(`keeps both sides of ${subject}, each with who said it`, () => {
      const side = ids.map(figure);
      for (const f of side) expect(data.parties.has(f.assertedBy), f.id).toBe(true);
      // Different speakers, or the same speaker at different dates.
      expect(new Set(side.map((f) => `${f.assertedBy} ${f.asOf}`)).size).toBe(side.length);
      // At least one side says, in a note, where the other was published.
      const cited = side.some((f) =>
        f.notes.some((n) => n.sources.some((s) => side.some((g) => g !== f && g.publishedIn.includes(s)))),
      );
      expect(cited, `no note in ${ids.join(', ')} cites the other side`).toBe(true);
    });
  }

  it('grades the two conflicting Turkish figures of 2020 as uncertain', () => {
    expect(figure('turkey-entry-ban-ayaz-2020-02').confidence).toBe('low');
    expect(figure('turkey-entry-ban-soylu-2020-02').confidence).toBe('low');
  });
});
