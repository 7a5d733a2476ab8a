import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_LIST, skeleton, splitFragments, textBlocks, type Fragment } from '../../src/integrations/search-text';
import { BLOCK_WORDS } from '../../src/scripts/search-excerpt';

const words = Array.from({ length: 130 }, (_, i) => `word${i}`);
const fragment: Fragment = {
  url: '/causes/',
  content: words.join(' '),
  word_count: 130,
  meta: { title: 'Why the flow collapsed' },
  filters: { theme: ['causes'], country: ['Turkey', 'Belgium'] },
  anchors: [
    { element: 'h2', id: 'border-sealed', text: 'Sealing the border', location: 40 },
    { element: 'a', id: 'cite-x', text: '200 a month', location: 50 },
    { element: 'figure', id: 'chart-turkey', text: '', title: 'Turkey’s list', location: 90 },
    { element: 'h2', id: 'empty', text: ' ', location: 100 },
  ],
};
const pack = (value: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(value)}`);
const unpack = (file: string) => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').slice(12)) as unknown;

describe("a result's outline (the fragment as the browser gets it)", () => {
  it('has no text and no filters, and only the anchors Pagefind makes sub-results of, each with a title', () => {
    expect(skeleton(fragment)).toEqual({
      url: '/causes/',
      content: '',
      word_count: 130,
      meta: { title: 'Why the flow collapsed' },
      anchors: [
        { id: 'border-sealed', title: 'Sealing the border', location: 40 },
        { id: 'chart-turkey', title: 'Turkey’s list', location: 90 },
      ],
    });
  });

  it('counts the words as Pagefind splits them', () => {
    expect(skeleton({ ...fragment, content: 'a  b\nc\td' }).word_count).toBe(4);
  });
});

describe('splitting a written index', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each page’s text blocks, its outline in place of its fragment, and the page list with the countries', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'fragment', 'en_abc.pf_fragment'), pack(fragment));
    expect(splitFragments(dir)).toBe(1);
    expect(unpack(join(dir, 'fragment', 'en_abc.pf_fragment'))).toEqual(skeleton(fragment));
    const blocks = readdirSync(join(dir, 'text', 'en_abc')).sort((a, b) => parseInt(a) - parseInt(b));
    expect(blocks).toEqual(textBlocks(fragment.content).map((_, k) => `${k}.txt`));
    expect(readFileSync(join(dir, 'text', 'en_abc', '1.txt'), 'utf8').split(' ')[0]).toBe(`word${BLOCK_WORDS}`);
    expect(JSON.parse(readFileSync(join(dir, PAGE_LIST), 'utf8'))).toEqual({
      pages: { en_abc: { url: '/causes/', title: 'Why the flow collapsed' } },
      countries: ['Belgium', 'Turkey'],
    });
  });

  it('splits each page of a fragment group', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(dir, 'fragment'));
    const other = { ...fragment, url: '/b/', filters: { country: ['Tunisia', 'Belgium'] } };
    writeFileSync(join(dir, 'fragment', 'en_group.pf_fragment'), pack({ en_a: fragment, en_b: other }));
    expect(splitFragments(dir)).toBe(2);
    expect((JSON.parse(readFileSync(join(dir, PAGE_LIST), 'utf8')) as { countries: string[] }).countries).toEqual([
      'Belgium',
      'Tunisia',
      'Turkey',
    ]);
    expect(unpack(join(dir, 'fragment', 'en_group.pf_fragment'))).toEqual({
      en_a: skeleton(fragment),
      en_b: skeleton(other),
    });
    expect(readdirSync(join(dir, 'text')).sort()).toEqual(['en_a', 'en_b']);
  });

  it('stops the build on a file it does not recognise', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'fragment', 'en_x.pf_fragment'), gzipSync('{"url":"/"}'));
    expect(() => splitFragments(dir)).toThrow(/en_x\.pf_fragment: not a Pagefind file/);
    writeFileSync(join(dir, 'fragment', 'en_x.pf_fragment'), pack({ en_y: { url: '/' } }));
    expect(() => splitFragments(dir)).toThrow(/en_y is not a fragment/);
  });
});
