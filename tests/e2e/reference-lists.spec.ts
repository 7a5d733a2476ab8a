/**
 * The figure lists of the countries and people pages and the figure register read as written (issue 9 §5): each
 * entry says what is counted, then the figure after a colon, so no number runs into the words of
 * a label ("1 Americans travelling…", "4 times factor by which…"), and no word is doubled
 * ("names names").
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { HEDGES, UNITS } from '../../src/data/schema';
import { sitemapPaths } from './site-pages';
import { expect, test } from './fixtures';

/** Each listing, its pages (the parts of the countries and people pages, the figure register) and the selector of an entry. */
const LISTS: Record<string, { pages: RegExp; selector: string }> = {
  countries: { pages: /^\/countries\/./, selector: '.fact-list li:not(.fact-list__more)' },
  people: { pages: /^\/people\/./, selector: '.fact-list li:not(.fact-list__more)' },
  'figure register': { pages: /^\/figures\//, selector: '.fig-entry' },
};

/** A figure as a list shows it: hedge, number or range, unit. Words (qualitative claims) have no digits. */
const NUMBER = '\\d[\\d,]*(?:\\.\\d+)?';
const VALUE = new RegExp(
  `^(?:(?:${HEDGES.join('|')}) )?${NUMBER}(?: to ${NUMBER})?(?:${Object.values(UNITS)
    .filter(Boolean)
    .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})?$`,
);

const STARTS_WITH_NUMBER = new RegExp(`^(?:(?:${HEDGES.join('|')}) )?\\d`);

/** An entry's first line: its text up to the first paragraph (a register entry's details follow in <p>s). */
function headOf(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeName === 'P') break;
    text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

function entries(path: string, selector: string) {
  const { document } = parseHTML(readFileSync(`dist${path}index.html`, 'utf8'));
  return [...document.querySelectorAll(selector)].map((el) => {
    const text = headOf(el);
    const value = (el.querySelector('strong')?.textContent ?? '').trim();
    return { text, value, label: text.endsWith(`: ${value}`) ? text.slice(0, -(value.length + 2)) : '' };
  });
}

for (const [name, { pages, selector }] of Object.entries(LISTS)) {
  test(`every figure listed in the ${name} reads "what is counted: the figure"`, () => {
    const list = sitemapPaths()
      .filter((path) => pages.test(path))
      .flatMap((path) => entries(path, selector));
    expect(list.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const { text, label, value } of list) {
      if (!label || !value) problems.push(`not "label: value": ${text}`);
      const doubled = /(?<!\p{L})(\p{L}+) \1(?!\p{L})/iu.exec(text);
      if (doubled) problems.push(`"${doubled[0]}" in: ${text}`);
      // A value that opens with a number (after any hedge) is a figure: a number, a range and a unit, nothing more.
      if (STARTS_WITH_NUMBER.test(value) && !VALUE.test(value)) problems.push(`"${value}" does not read as a figure: ${text}`);
    }
    expect(problems).toEqual([]);
  });
}

test('the list checks catch the faults they are for', () => {
  expect(VALUE.test('6 to 10')).toBe(true);
  expect(VALUE.test('more than 40,000 names')).toBe(true);
  expect(VALUE.test('1 Americans')).toBe(false);
  expect(VALUE.test('4 times factor')).toBe(false);
  expect(STARTS_WITH_NUMBER.test('about 1.5 years length')).toBe(true);
  expect(STARTS_WITH_NUMBER.test('not raised in 2016')).toBe(false);
  expect(/(?<!\p{L})(\p{L}+) \1(?!\p{L})/iu.test('more than 40,000 names names Turkey added')).toBe(true);
});
