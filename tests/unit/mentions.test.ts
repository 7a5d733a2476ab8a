import { describe, expect, it } from 'vitest';
import { sectionsMentioning, splitSections } from '../../src/data/mentions';

const body = `Intro text about Tunisia.

## The border {#border-sealed}

Turkey sealed it. IS lost its foothold; <Fig id="turkey-no-entry-added" /> names were listed.

### Deportations {#deportations}

It is what it is: Comey said so.
`;
const sections = splitSections([{ id: 'causes', title: 'Causes', body }]);

describe('section splitting', () => {
  it('splits at h2 and h3 with their explicit ids, keeping the intro as the page itself', () => {
    expect(sections.map((s) => [s.id, s.title, s.depth])).toEqual([
      ['', 'Causes', 1],
      ['border-sealed', 'The border', 2],
      ['deportations', 'Deportations', 3],
    ]);
  });

  it('records figures and strips tags from the text', () => {
    expect(sections[1]?.figures).toEqual(['turkey-no-entry-added']);
    expect(sections[1]?.text).not.toContain('<Fig');
  });
});

describe('mentions', () => {
  it('matches whole words in their written case', () => {
    expect(sectionsMentioning(sections, ['IS']).map((s) => s.id)).toEqual(['border-sealed']);
    expect(sectionsMentioning(sections, ['Comey']).map((s) => s.id)).toEqual(['deportations']);
    expect(sectionsMentioning(sections, ['Tunisia']).map((s) => s.id)).toEqual(['']);
    expect(sectionsMentioning(sections, ['Turk'])).toEqual([]);
  });

  it('counts a heading as a mention, and a link address not', () => {
    const linked = splitSections([
      {
        id: 'p',
        title: 'P',
        body: '## Attacks at home instead {#home}\n\nText.\n\n## Other {#other}\n\nSee [Belgium](/x/#western-europe-per-capita).\n',
      },
    ]);
    expect(sectionsMentioning(linked, ['Attacks at home']).map((s) => s.id)).toEqual(['home']);
    expect(sectionsMentioning(linked, ['per-capita'])).toEqual([]);
    expect(sectionsMentioning(linked, ['Belgium']).map((s) => s.id)).toEqual(['other']);
  });

  it('finds sections by the figures they show', () => {
    expect(sectionsMentioning(sections, [], ['turkey-no-entry-added']).map((s) => s.id)).toEqual(['border-sealed']);
  });
});
