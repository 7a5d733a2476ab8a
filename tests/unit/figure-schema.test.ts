import { describe, expect, it } from 'vitest';
import { ContentError, parseFigureFile, parseList } from '../../src/data/load';
import { eventSchema, figureSchema } from '../../src/data/schema';

const FILE = 'content/data/figures/test.yaml';

/** A valid figure entry as YAML lines, with fields replaced or removed as a test needs. */
function figureYaml(overrides: Record<string, string | null> = {}): string {
  const fields: Record<string, string> = {
    id: 'current-monthly-flow',
    label: 'foreign recruits crossing into Syria each month',
    value: '50',
    hedge: 'as few as',
    unit: 'people-per-month',
    kind: 'estimate',
    period: '{ label: late summer 2016 }',
    asOf: '2016-09-09',
    assertedBy: 'us-intelligence',
    publishedIn: '[wapo-2016-09-09]',
  };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete fields[k];
    else fields[k] = v;
  }
  const [first, ...rest] = Object.entries(fields);
  return ['figures:', `  - ${first?.[0]}: ${first?.[1]}`, ...rest.map(([k, v]) => `    ${k}: ${v}`)].join('\n');
}

function problemsOf(yaml: string): string[] {
  try {
    parseFigureFile(yaml, FILE, figureSchema);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

describe('figures schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const [f] = parseFigureFile(figureYaml(), FILE, figureSchema);
    expect(f).toMatchObject({ id: 'current-monthly-flow', value: 50, hedge: 'as few as', countries: [], notes: [] });
  });

  it('accepts a range and a qualitative claim', () => {
    expect(problemsOf(figureYaml({ value: null, low: '27000', high: '31000', hedge: null, unit: 'people' }))).toEqual([]);
    expect(problemsOf(figureYaml({ value: null, text: 'dozens a month', kind: 'qualitative', hedge: null }))).toEqual([]);
  });

  it('applies file defaults under each entry, the entry winning', () => {
    const yaml = `defaults:\n  assertedBy: fbi\n  unit: people\n${figureYaml({ assertedBy: null })}`;
    const [f] = parseFigureFile(yaml, FILE, figureSchema);
    expect(f?.assertedBy).toBe('fbi');
    expect(f?.unit).toBe('people-per-month');
  });

  it('names the file, line, entry and field of a wrong type', () => {
    expect(problemsOf(figureYaml({ value: '"fifty"' }))).toEqual([
      expect.stringMatching(/^content\/data\/figures\/test\.yaml:2: figure "current-monthly-flow", field "value": .*number/),
    ]);
  });

  it('names a missing required field', () => {
    expect(problemsOf(figureYaml({ assertedBy: null }))).toEqual([expect.stringContaining('field "assertedBy"')]);
  });

  it('rejects a field the schema does not know (a typo)', () => {
    expect(problemsOf(figureYaml({ hegde: 'about' })).join()).toMatch(/hegde/);
  });

  it('rejects a hedge the source did not use', () => {
    expect(problemsOf(figureYaml({ hedge: 'approximately' }))).toEqual([expect.stringContaining('field "hedge"')]);
  });

  it('rejects a bad date, a bad id and an unknown unit', () => {
    expect(problemsOf(figureYaml({ asOf: '9 Sept 2016' }))).toEqual([expect.stringMatching(/field "asOf": must be YYYY/)]);
    expect(problemsOf(figureYaml({ id: 'Peak_Flow' }))).toEqual([
      expect.stringMatching(/figure "Peak_Flow", field "id": must be lower-case/),
    ]);
    expect(problemsOf(figureYaml({ unit: 'fighters' }))).toEqual([expect.stringContaining('field "unit"')]);
  });

  it('needs exactly one of value, range or text', () => {
    expect(problemsOf(figureYaml({ low: '10', high: '20' }))).toEqual([
      expect.stringContaining('exactly one of value, low/high'),
    ]);
    expect(problemsOf(figureYaml({ value: null }))).toEqual([expect.stringContaining('exactly one of value, low/high')]);
  });

  it('rejects a range that runs backwards or misses an end', () => {
    expect(problemsOf(figureYaml({ value: null, low: '31000', high: '27000', unit: 'people' }))).toEqual([
      expect.stringContaining('low (31000) is above high (27000)'),
    ]);
    expect(problemsOf(figureYaml({ value: null, low: '27000', unit: 'people' }))).toEqual([
      expect.stringContaining('a range needs both low and high'),
    ]);
  });

  it('ties kind "derived" to a derived block and "qualitative" to text', () => {
    expect(problemsOf(figureYaml({ kind: 'derived' }))).toEqual([expect.stringContaining('field "derived"')]);
    expect(problemsOf(figureYaml({ kind: 'qualitative' }))).toEqual([expect.stringContaining('field "kind"')]);
  });

  it('reports every problem of the file at once', () => {
    const yaml = `${figureYaml({ value: '"x"' })}\n${figureYaml({ id: 'second', asOf: 'soon' }).replace('figures:\n', '')}`;
    expect(problemsOf(yaml)).toHaveLength(2);
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('figures:\n  - id: a\n   label: [unclosed');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^content\/data\/figures\/test\.yaml:\d+: not valid YAML/);
  });

  it('rejects a file without a figures list', () => {
    expect(problemsOf('defaults: {}\n')).toEqual([expect.stringContaining('field "figures"')]);
  });
});

describe('events schema', () => {
  const event = (sources: string) =>
    `- id: caliphate-declared\n  date: 2014-06-29\n  title: A caliphate is declared\n  summary: The group's spokesman announces a caliphate in an audio message.\n  section: /decline/#global-flow\n${sources}`;

  it('accepts an event with a source', () => {
    expect(parseList(event('  sources: [memri-2014]'), 'content/data/events.yaml', eventSchema, 'event')).toHaveLength(1);
  });

  it('refuses an event without a source, naming the event', () => {
    expect(() => parseList(event('  sources: []'), 'content/data/events.yaml', eventSchema, 'event')).toThrow(
      /content\/data\/events\.yaml:1: event "caliphate-declared", field "sources": every event needs at least one source/,
    );
  });

  it('refuses a section link that is not /page/#id', () => {
    expect(() =>
      parseList(
        event('  sources: [x]').replace('/decline/#global-flow', 'decline'),
        'content/data/events.yaml',
        eventSchema,
        'event',
      ),
    ).toThrow(/field "section"/);
  });
});
