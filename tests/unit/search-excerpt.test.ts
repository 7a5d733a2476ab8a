import { describe, expect, it } from 'vitest';
import {
  BLOCK_SPAN,
  BLOCK_WORDS,
  EXCERPT_WORDS,
  blockCount,
  blockOf,
  densestStart,
  excerptWindow,
  excerptWords,
  textBlock,
} from '../../src/scripts/search-excerpt';

const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const page = Array.from({ length: 500 }, (_, i) => `w${i}`);

describe('where an excerpt starts', () => {
  it('is the start of a page shorter than an excerpt', () => {
    expect(densestStart(at(3, 7), EXCERPT_WORDS)).toBe(0);
  });

  it('puts a lone match near the middle of the excerpt, as Pagefind does', () => {
    // Windows starting at 79 to 100 all hold word 100; Pagefind takes the middle one of its run.
    expect(densestStart(at(100), EXCERPT_WORDS)).toBe(89);
  });

  it('goes where the matches are densest, by score', () => {
    const start = densestStart([...at(10, 300, 305, 310), { location: 12, balanced_score: 0.5 }], EXCERPT_WORDS);
    expect(start).toBeGreaterThan(280);
    expect(start + EXCERPT_WORDS).toBeGreaterThan(310);
  });
});

describe('an excerpt window', () => {
  it('holds the matches it marks, and only those within it', () => {
    const w = excerptWindow('p', at(100, 400), { from: 0, words: 500 });
    expect(w).toMatchObject({ page: 'p', length: EXCERPT_WORDS });
    expect(w.start).toBeLessThanOrEqual(100);
    expect(w.start + w.length).toBeGreaterThan(100);
    expect(w.marks).toEqual([100]);
  });

  it('stays within its section and ends where the next one begins', () => {
    const w = excerptWindow('p', at(205), { from: 200, to: 210, words: 500 });
    expect(w.start).toBeGreaterThanOrEqual(200);
    expect(w.start + w.length).toBeLessThanOrEqual(210);
    expect(w.marks).toEqual([205]);
  });

  it('is moved back, not cut, at the end of the page', () => {
    const w = excerptWindow('p', at(499), { from: 0, words: 500 });
    expect(w).toMatchObject({ start: 500 - EXCERPT_WORDS, length: EXCERPT_WORDS, marks: [499] });
  });

  it('is the whole of a section shorter than an excerpt', () => {
    const w = excerptWindow('p', at(52), { from: 50, to: 55, words: 500 });
    expect(w).toMatchObject({ start: 50, length: 5 });
  });
});

describe('text blocks', () => {
  it('cover every word, each block starting BLOCK_WORDS after the last', () => {
    const blocks = Array.from({ length: blockCount(page.length) }, (_, k) => textBlock(page, k).split(' '));
    expect(blocks.flatMap((b, k) => (k < blocks.length - 1 ? b.slice(0, BLOCK_WORDS) : b))).toEqual(page);
    expect(blocks[0]).toHaveLength(BLOCK_SPAN);
  });

  it('give every excerpt from the one block it starts in', () => {
    for (let start = 0; start <= page.length - EXCERPT_WORDS; start++) {
      const w = { page: 'p', start, length: EXCERPT_WORDS, marks: [start + 3] };
      const words = excerptWords(w, textBlock(page, blockOf(w)).split(' '));
      expect(words.map((x) => x.text)).toEqual(page.slice(start, start + EXCERPT_WORDS));
      expect(words.filter((x) => x.mark).map((x) => x.text)).toEqual([`w${start + 3}`]);
    }
  });
});
