import { describe, expect, it } from 'vitest';
import { MAX_QUERY, searchedText, withRunOns } from '../../src/scripts/search-engine';
import { idFromHash } from '../../src/scripts/search-highlight';

describe('the searched text', () => {
  it('is trimmed and cut to the characters actually searched', () => {
    expect(searchedText('  border  ')).toBe('border');
    const long = 'x'.repeat(MAX_QUERY + 100);
    expect(searchedText(long)).toHaveLength(MAX_QUERY);
  });

  it('never cuts a character in half', () => {
    const emoji = '😀'.repeat(MAX_QUERY + 5);
    const cut = searchedText(emoji);
    expect([...cut]).toHaveLength(MAX_QUERY);
    expect(cut).toBe('😀'.repeat(MAX_QUERY));
  });
});

describe('the section a highlighted page scrolls to', () => {
  it('is the id in the hash, decoded, without a text fragment', () => {
    expect(idFromHash('#border-sealed')).toBe('border-sealed');
    expect(idFromHash('#caf%C3%A9')).toBe('café');
    expect(idFromHash('#global-flow:~:text=peak')).toBe('global-flow');
  });

  it('does not throw on a malformed escape: the hash is taken as written', () => {
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(idFromHash('#%')).toBe('%');
  });
});

describe('the words a query loads the index for', () => {
  it('are its words and, for each, the last place a word beginning with it can sort to', () => {
    expect(withRunOns('border')).toBe('border border\uffff');
    expect(withRunOns(' Ben  Guerdane ')).toBe('Ben Guerdane Ben\uffff Guerdane\uffff');
    const [, end = ''] = withRunOns('border').split(' ');
    expect(['borders', end, 'bordes'].sort()).toEqual(['borders', end, 'bordes']);
  });
});
