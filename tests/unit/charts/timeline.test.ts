import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, renderTimeline, timeline, type TimelineRow } from '../../../src/charts/timeline';
import { getChart } from '../../../src/charts/registry';
import { loadDataset } from '../../../src/data/dataset';

const event = (id: string, date: string, lane: string, endDate?: string): TimelineRow => ({
  id,
  title: `Event ${id}`,
  date,
  endDate,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  lane,
  page: lane,
  section: `/${lane}/#${id}`,
  dateNote: undefined,
});

const rows: TimelineRow[] = [
  event('soviet', '1989-02-15', 'reverse-flows'),
  event('a', '2015-01', 'decline', '2015-06'),
  event('b', '2015-01', 'decline', '2015-06'),
  event('c', '2015-01-26', 'decline'),
  event('d', '2016-07', 'reverse-flows'),
  event('e', '2016-07', 'reverse-flows'),
  event('article-published', '2016-09-09', 'article'),
  event('later', '2019-11', 'decline'),
];

describe('timeline layout', () => {
  const wide = layoutTimeline(rows, 'wide');
  const x = wide.x;
  const mark = (id: string) => wide.marks.find((m) => m.row.id === id)!;

  it('gives 2014–2016 most of the upper tier, sets 1989 apart, and gives the later years a tier of their own', () => {
    const [old, main, later] = wide.segments;
    expect(wide.segments.map((p) => p.tier)).toEqual([0, 0, 1]);
    expect(main!.x1 - main!.x0).toBeGreaterThan(0.9 * wide.width);
    expect(main!.x0 - old!.x1).toBeGreaterThan(0);
    expect(mark('soviet').x0).toBeLessThan(old!.x1);
    // The later tier spans the full width on a uniform scale of its own.
    expect(later!.x0).toBe(0);
    expect(later!.x1).toBeCloseTo(wide.width - 6);
    expect(mark('later').tier).toBe(1);
    expect(mark('article-published').tier).toBe(0);
    const [upper, lower] = wide.tiers;
    expect(lower!.top).toBeGreaterThan(upper!.axisY);
    expect(mark('later').y).toBeGreaterThan(upper!.axisY);
  });

  it('takes its axis pieces from the events: their years, and the article’s', () => {
    expect(wide.segments.map((p) => p.label)).toEqual(['1989', '', '']);
    expect(wide.tiers.map((t) => t.years.map((y) => y.year))).toEqual([
      [2015, 2016],
      [2017, 2018, 2019],
    ]);
    const later = layoutTimeline([...rows, event('much-later', '2023-05', 'causes')], 'wide');
    expect(later.tiers[1]!.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const recent = layoutTimeline(
      rows.filter((r) => r.id !== 'soviet' && r.id !== 'later'),
      'wide',
    );
    expect(recent.segments).toHaveLength(1);
    expect(recent.tiers).toHaveLength(1);
    expect(recent.segments[0]!.x1).toBeCloseTo(recent.width - 6);
  });

  it('keeps the later tier uniform: equal years, each labelled when wide, every other one when narrow', () => {
    const long = [...rows, event('much-later', '2025-05', 'causes')];
    const years = layoutTimeline(long, 'wide').tiers[1]!.years;
    const widths = years.map((y) => y.x1 - y.x0);
    for (const w of widths) expect(w).toBeCloseTo(widths[0]!, 0);
    expect(years.every((y) => y.label)).toBe(true);
    const narrow = layoutTimeline(long, 'narrow').tiers[1]!.years;
    expect(narrow.filter((y) => y.label).map((y) => y.year)).toEqual([2017, 2019, 2021, 2023, 2025]);
  });

  it('draws a lane in a tier only where the tier has events in it', () => {
    const [upper, lower] = wide.tiers;
    expect(upper!.lanes.map((l) => l.id)).toEqual(['decline', 'reverse-flows']);
    expect(lower!.lanes.map((l) => l.id)).toEqual(['decline']);
  });

  it('refuses a date outside its axis rather than drawing it at an edge', () => {
    expect(() => wide.x(new Date(Date.UTC(2005, 0, 1)))).toThrow(/outside its time axis/);
  });

  it('draws a month known only as a month as a block as wide as the month', () => {
    const d = mark('d');
    expect(d.shape).toBe('block');
    expect(d.x1 - d.x0).toBeCloseTo(x(new Date(Date.UTC(2016, 6, 31, 12))) - x(new Date(Date.UTC(2016, 6, 1, 12))));
  });

  it('stacks events that would overlap within their lane', () => {
    expect(new Set([mark('a').y, mark('b').y, mark('c').y]).size).toBe(3);
    expect(mark('d').y).not.toBe(mark('e').y);
  });

  it('keeps the marks in date order, the article on the axis', () => {
    expect(wide.marks.map((m) => m.row.id)).toEqual(['soviet', 'a', 'b', 'c', 'd', 'e', 'article-published', 'later']);
    expect(mark('article-published').y).toBe(wide.tiers[0]!.axisY);
    expect(wide.article).toBeCloseTo(x(new Date(Date.UTC(2016, 8, 9, 12))));
  });

  it('links every mark to the section that explains it', () => {
    const svg = renderTimeline(rows, { layout: 'narrow', idPrefix: 't', title: 'T', description: 'D' });
    const hrefs = [...svg.matchAll(/data-href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(wide.marks.map((m) => m.row.section));
  });
});

describe('timeline chart as published', () => {
  const data = loadDataset();
  const model = getChart('timeline').build(data, 'https://example.org');

  it('has every event, oldest first, each linking to its section', () => {
    expect(model.rows).toHaveLength(data.events.size);
    expect(model.rows[0]?.cells[2]).toBe(data.events.get('soviet-withdrawal-afghanistan')?.title);
    expect(
      model.rows.every((r) => r.link?.text === 'Section' && /^\/[a-z-]+\/(?:[a-z-]+\/)?#[a-z0-9-]+$/.test(r.link.href)),
    ).toBe(true);
  });

  it("points to the page's own list of the events rather than repeating them in a table", () => {
    const body = readFileSync('content/pages/timeline.mdx', 'utf8');
    const anchor = model.listedOnPage?.href.slice(1);
    expect(anchor).toBeTruthy();
    // The heading it points to comes before the page's first event list.
    const heading = body.indexOf(`{#${anchor ?? ''}}`);
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(body.indexOf('<EventList'));
  });

  it('draws 2017–2025 on the lower tier, the later events in the lane of the page that explains them', () => {
    const L = layoutTimeline(timeline.rows(data), 'wide');
    const latest = L.marks.find((m) => m.row.id === 'centcom-iraq-repatriation-2025');
    expect(latest?.tier).toBe(1);
    expect(latest?.row.lane).toBe('aftermath');
    expect(L.tiers[1]?.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(L.tiers[1]?.lanes.map((l) => l.id)).toContain('aftermath');
    expect(L.marks.find((m) => m.shape === 'article')?.tier).toBe(0);
  });
});
