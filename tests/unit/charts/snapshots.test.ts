/** Every registered chart's two drawings against their snapshots (see snapshot.ts for the workflow). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';
import { SNAPSHOTS, compareSnapshot } from './snapshot';

const LAYOUTS = ['narrow', 'wide'] as const;

describe('chart snapshots', () => {
  const data = loadDataset();
  for (const chart of CHARTS) {
    const model = chart.build(data, 'https://example.org');
    for (const layout of LAYOUTS) {
      it(`${chart.id}, ${layout}`, () => {
        const problem = compareSnapshot(`${chart.id}.${layout}`, model.svg[layout]);
        expect(problem, problem).toBeUndefined();
      });
    }
  }

  it('keeps no snapshot of a chart that is not registered', () => {
    const names = new Set(CHARTS.flatMap((c) => LAYOUTS.map((l) => `${c.id}.${l}.svg`)));
    const stray = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg') && !names.has(f));
    expect(stray).toEqual([]);
  });
});
