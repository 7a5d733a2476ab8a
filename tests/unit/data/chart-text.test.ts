/**
 * The words around charts hold no number of their own: every figure is a reference the build
 * writes out ({fig:id}, {num:id}, {count:series}), and what digits remain are years, or a
 * number the period of a figure named in the same entry states ("the 18 months before…").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/dataset';
import { refsIn, resolveRefs } from '../../../src/data/text-refs';

const data = loadDataset();

/** Numbers left once references are taken out; years (1900–2099) are dates, not figures. */
function strayNumbers(text: string, figureIds: string[]): string[] {
  const allowed = new Set(
    figureIds.flatMap((id) => {
      const f = data.figures.get(id);
      return f ? (f.period.label.match(/\d[\d,.]*/g) ?? []) : [];
    }),
  );
  return (text.replace(/\{(?:fig|num|count):[a-z0-9-]+\}/g, '').match(/\d[\d,.]*\d|\d/g) ?? []).filter(
    (n) => !/^(19|20)\d\d$/.test(n) && !allowed.has(n),
  );
}

describe('the words around charts', () => {
  const charts = parse(readFileSync('content/data/charts.yaml', 'utf8')) as Record<string, string | string[]>[];
  for (const c of charts) {
    it(`${String(c['id'])}: names its figures, never types them`, () => {
      const texts = ['title', 'takeaway', 'description']
        .map((k) => String(c[k]))
        .concat((c['notes'] as string[] | undefined) ?? []);
      const named = texts.flatMap((t) => refsIn(t).map((r) => r.id));
      for (const t of texts) expect(strayNumbers(t, named), t).toEqual([]);
    });
  }

  it('key-figure tiles name their figures too', () => {
    const tiles = parse(readFileSync('content/data/key-figures.yaml', 'utf8')) as {
      figure: string;
      compare?: string;
      context: string;
    }[];
    for (const t of tiles) {
      const named = [t.figure, ...(t.compare ? [t.compare] : []), ...refsIn(t.context).map((r) => r.id)];
      expect(strayNumbers(t.context, named), t.context).toEqual([]);
    }
  });

  it('catches a typed number (the check can fail)', () => {
    expect(strayNumbers('fell from 2,000 in 2015 to {num:current-monthly-flow}', [])).toEqual(['2,000']);
    expect(strayNumbers('in the 18 months to September 2016', ['turkey-no-entry-added'])).toEqual([]);
    expect(strayNumbers('in the 18 months to September 2016', ['current-monthly-flow'])).toEqual(['18']);
  });

  it('are written out with the figures’ own formatter, hedge included', () => {
    expect(data.charts.get('monthly-flow')?.takeaway).toBe(
      'U.S. intelligence put the inflow at 2,000 a month at its peak and as few as 50 a month by late summer 2016, a fall of up to 97.5%. For April 2016 two official figures disagree.',
    );
    expect(data.charts.get('western-europe-per-capita')?.takeaway).toMatch(
      /the 14 Western European countries.* up to 40 per million\.$/,
    );
    expect(data.keyFigures[0]?.context).toContain('against 2,000 a month at the peak');
  });
});

describe('a reference to a figure that does not exist', () => {
  it('is reported with the place it was found', () => {
    const problems: string[] = [];
    resolveRefs('at {num:no-such-figure}', data.figures, 'charts.yaml: chart "x", field "takeaway"', problems);
    expect(problems).toEqual([
      'charts.yaml: chart "x", field "takeaway": unknown figure id "no-such-figure" in {num:no-such-figure}',
    ]);
  });

  it('stops loading the dataset, naming the file, the chart and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-text-'));
    try {
      cpSync('content/data', dir, { recursive: true });
      const file = join(dir, 'charts.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('{fig:peak-monthly-flow} at its peak', '{fig:peak-monthly-flo} at its peak'),
      );
      expect(() => loadDataset(dir)).toThrow(
        /charts\.yaml: chart "monthly-flow", field "takeaway": unknown figure id "peak-monthly-flo"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
