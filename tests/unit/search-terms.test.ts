import { describe, expect, it } from 'vitest';
import { contentWords, hasWordStarting, indexQuery, markPattern, termsToMark } from '../../src/scripts/search-terms';

describe('the words a query is searched by', () => {
  it('are its content words: question words, articles and auxiliaries go', () => {
    expect(indexQuery('why did the flow fall')).toBe('why flow fall');
    expect(indexQuery('what did Turkey do at the border')).toBe('Turkey border');
    expect(indexQuery('how many came home')).toBe('came home');
  });

  it('keep punctuation inside a word and drop it around one', () => {
    expect(contentWords('“no-entry” list?')).toEqual(['no-entry', 'list']);
    expect(contentWords('Turkey’s border.')).toEqual(['Turkey’s', 'border']);
  });

  it('keep a stop word typed in capitals, spelling out IS as the text does', () => {
    expect(indexQuery('IS in Africa')).toBe('Islamic State Africa');
    expect(indexQuery('is it in Africa')).toBe('Africa');
  });

  it('are the query as typed when every word is a stop word', () => {
    expect(indexQuery('the')).toBe('the');
    expect(indexQuery('  what is it ')).toBe('what is it');
  });

  it('leave out single letters, which would match every word that starts with them', () => {
    expect(indexQuery('a b Belgium')).toBe('Belgium');
  });
});

describe('the terms checked and marked', () => {
  it('are the folded parts of the content words', () => {
    expect(termsToMark('Turkey’s no-entry list')).toEqual(['turkey', 'entry', 'list']);
    expect(termsToMark('Münch')).toEqual(['munch']);
    expect(termsToMark(['why', 'did', 'the', 'flow'])).toEqual(['why', 'flow']);
  });

  it('are none for a query of stop words', () => {
    expect(termsToMark('the')).toEqual([]);
  });
});

describe('whether the text has a word that begins with a term', () => {
  it('finds words that begin with it, accents matched by the plain letter', () => {
    expect(hasWordStarting('the returnees came back', 'returne')).toBe(true);
    expect(hasWordStarting('said Holger Münch', 'munch')).toBe(true);
    expect(hasWordStarting('Erdoğan said', 'erdogan')).toBe(true);
  });

  it('never finds it inside another word or past its end', () => {
    expect(hasWordStarting('the inflow of recruits', 'flow')).toBe(false);
    expect(hasWordStarting('the village of Baghuz', 'baghuzz')).toBe(false);
    expect(hasWordStarting('foreign fighters', 'fightersxyz')).toBe(false);
  });
});

describe('the words marked on the page a result opens', () => {
  const marked = (terms: string[], text: string) => {
    const pattern = markPattern(terms, text);
    return pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : [];
  };

  it('are the terms as whole words, inflected, never inside other words', () => {
    const text = 'The flow fell; flows and the inflow, flowing past a flower. Them, then: the flow.';
    expect(marked(['flow'], text)).toEqual(['flow', 'flows', 'flowing', 'flow']);
  });

  it('follow y to ies and a dropped e', () => {
    expect(marked(['country', 'make'], 'Countries make their own rules, making lists.')).toEqual(['Countries', 'make', 'making']);
  });

  it('are the words a term begins when the text has it only as a beginning', () => {
    expect(marked(['guerd'], 'the attack on Ben Guerdane, near Guerdane’s border')).toEqual(['Guerdane', 'Guerdane']);
  });

  it('are none when no term is in the text', () => {
    expect(markPattern(['baghuzz'], 'the fall of Baghuz')).toBeUndefined();
    expect(markPattern([], 'any text')).toBeUndefined();
  });
});
