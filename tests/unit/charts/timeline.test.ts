import { describe, expect, it } from 'vitest';
import { layoutTimeline, renderTimeline, type TimelineRow } from '../../../src/charts/timeline';
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

  it('gives 2014–2016 most of the width and sets 1989 and 2017–19 apart', () => {
    const [old, main, later] = wide.segments;
    expect(main!.x1 - main!.x0).toBeGreaterThan(0.75 * wide.width);
    expect(mark('soviet').x0).toBeLessThan(old!.x1);
    expect(mark('later').x0).toBeGreaterThan(later!.x0);
    expect(main!.x0 - old!.x1).toBeGreaterThan(0);
  });

  it('takes its axis pieces from the events: their years, and the article’s', () => {
    expect(wide.segments.map((p) => p.label)).toEqual(['1989', '', '2017–19']);
    expect(wide.years.map((y) => y.year)).toEqual([2015, 2016]);
    const later = layoutTimeline([...rows, event('much-later', '2023-05', 'causes')], 'wide');
    expect(later.segments.map((p) => p.label)).toEqual(['1989', '', '2017–23']);
    const recent = layoutTimeline(
      rows.filter((r) => r.id !== 'soviet' && r.id !== 'later'),
      'wide',
    );
    expect(recent.segments).toHaveLength(1);
    expect(recent.segments[0]!.x1).toBeCloseTo(recent.width - 6);
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
    expect(mark('article-published').y).toBe(wide.axisY);
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
    expect(model.rows.every((r) => r.link?.text === 'Section' && /^\/[a-z-]+\/#[a-z0-9-]+$/.test(r.link.href))).toBe(true);
  });
});
