import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentHref, figureHref, parseYears, placement, sourceHref, sourcePage } from '../../src/data/reference-pages';
import { problemsOf } from '../build/helpers';

const copies: string[] = [];
/** A copy of content/pages with one file changed, for placement() to read. */
function pagesWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  copies.push(dir);
  cpSync('content/pages', dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}
afterEach(() => copies.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('where each entry of the long listings lives', () => {
  it('reads a source page’s years as written', () => {
    expect(parseYears('2016')).toEqual({ from: 2016, to: 2016 });
    expect(parseYears('2018-2019')).toEqual({ from: 2018, to: 2019 });
    expect(parseYears('-2015')).toEqual({ from: -Infinity, to: 2015 });
    expect(parseYears('2020-')).toEqual({ from: 2020, to: Infinity });
    expect(parseYears('2019-2018')).toBeUndefined();
    expect(parseYears('soon')).toBeUndefined();
  });

  it('links a figure to the register page that lists its data file, and a source to its year', () => {
    expect(figureHref('current-monthly-flow')).toBe('/figures/flow/#fig-current-monthly-flow');
    expect(figureHref('icsr-2015-belgium')).toBe('/figures/country-estimates/#fig-icsr-2015-belgium');
    expect(sourceHref('warnewsupdates-2016-09-09')).toBe('/sources/2016/#src-warnewsupdates-2016-09-09');
    // The article is described on the sources page itself.
    expect(sourcePage('wapo-2016-09-09')).toBe('sources');
  });

  it('sends a link to a section that moved to a part of its page to the part, and leaves others alone', () => {
    expect(currentHref('/people/#valls')).toBe('/people/quoted/#valls');
    expect(currentHref('/countries/#kosovo')).toBe('/countries/after-2016/#kosovo');
    expect(currentHref('/sources/#figures-icsr')).toBe('/figures/country-estimates/#figures-icsr');
    expect(currentHref('/sources/#how-checked')).toBe('/sources/#how-checked');
    expect(currentHref('/decline/#global-flow')).toBe('/decline/#global-flow');
  });

  it('stops the build when no page lists a figure file, naming the file and what to add', () => {
    const dir = pagesWith('figures/flow.mdx', (t) => t.replace('<FigureList file="united-states" />', ''));
    expect(problemsOf(() => placement(dir))).toContain(
      'content/data/figures/united-states.yaml: no page lists its figures; add <FigureList file="united-states" /> to a page in content/pages',
    );
  });

  it('stops the build when a figure file is listed on two pages, or a year of sources on two', () => {
    const twice = pagesWith('figures/france-germany.mdx', (t) => `${t}\n<FigureList file="global" />\n`);
    expect(problemsOf(() => placement(twice)).join('\n')).toMatch(
      /figures\/(france-germany|flow)\.mdx: <FigureList file="global"> is also on the page "figures\/(flow|france-germany)"/,
    );
    const overlap = pagesWith('sources/2017.mdx', (t) => t.replace('years="2017"', 'years="2016-2017"'));
    expect(problemsOf(() => placement(overlap)).join('\n')).toMatch(
      /content\/data\/sources\.yaml:\d+: source "[^"]+" \(2016\) falls in the years of sources\/2016 and sources\/2017/,
    );
  });

  it('stops the build when a year of sources is on no page', () => {
    const gap = pagesWith('sources/2017.mdx', (t) => t.replace('years="2017"', 'years="1900"'));
    expect(problemsOf(() => placement(gap)).join('\n')).toMatch(
      /source "[^"]+" \(2017\): no <SourceList years="…"> in content\/pages covers 2017/,
    );
  });
});
