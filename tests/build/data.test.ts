/**
 * Bad data stops the build, and the message names the file, line, entry and field. These cases
 * run the loader the build runs (loadDataset, before any page compiles) on a copy of
 * content/data with one defect: a full build would prove nothing more, and the wiring is proved
 * once in built-site.test.ts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { getChart } from '../../src/charts/registry';
import { loadDataset } from '../../src/data/dataset';
import { frontMatterProblems } from '../../src/data/page-schema';
import { ROOT, copyOf, edit, problemsOf } from './helpers';

// Each case copies and loads the data: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const GLOBAL = 'content/data/figures/global.yaml';

/** The problems loading a copy of content/data reports after `mutate` edits it. */
function dataProblems(mutate: (dir: string) => void): string[] {
  const dir = copyOf(['content/data']);
  try {
    mutate(dir);
    return problemsOf(() => loadDataset(join(dir, 'content/data')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Edits the entry that starts with `- id: <id>` (up to the next entry) in a data file. */
function editEntry(file: string, id: string, change: (entry: string) => string) {
  return (dir: string) =>
    edit(dir, file, (text) => {
      const start = text.search(new RegExp(`^ *- id: ${id}$`, 'm'));
      if (start < 0) throw new Error(`fixture: no entry "${id}" in ${file}`);
      const body = text.indexOf('\n', start) + 1;
      const next = text.slice(body).search(/^ *- id: /m);
      const end = next < 0 ? text.length : body + next;
      return text.slice(0, start) + change(text.slice(start, end)) + text.slice(end);
    });
}

const flow = (change: (entry: string) => string) => editEntry(GLOBAL, 'current-monthly-flow', change);

describe('figures: values are checked, not just typed', () => {
  it('a negative value', () => {
    expect(dataProblems(flow((e) => e.replace('value: 50', 'value: -50')))).toEqual([
      expect.stringMatching(/figures\/global\.yaml:\d+: figure "current-monthly-flow", field "value": -50 is negative/),
    ]);
  });

  it('a value no source could mean (1e308 a month)', () => {
    expect(dataProblems(flow((e) => e.replace('value: 50', 'value: 1e308')))).toEqual([
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "value": 1e\+308 is not plausible for unit "people-per-month" \(at most 20,000/,
      ),
    ]);
  });

  it('an infinite value', () => {
    expect(dataProblems(flow((e) => e.replace('value: 50', 'value: .inf')))).toEqual([
      expect.stringMatching(/global\.yaml:\d+: figure "current-monthly-flow", field "value": .*number/),
    ]);
  });

  it('a range upside down', () => {
    const soufan = editEntry(GLOBAL, 'soufan-range-2015', (e) => e.replace(/low: \d+/, 'low: 99000'));
    expect(dataProblems(soufan)).toEqual([
      expect.stringMatching(/global\.yaml:\d+: figure "soufan-range-2015", field "low": low \(99000\) is above high/),
    ]);
  });

  it('an empty label', () => {
    expect(dataProblems(flow((e) => e.replace(/label: foreign recruits reaching[^\n]*/, 'label: "   "')))).toEqual([
      expect.stringMatching(/global\.yaml:\d+: figure "current-monthly-flow", field "label": must be at least 5 characters/),
    ]);
  });
});

describe('dates are real calendar dates, in order', () => {
  it('30 February as a figure’s asOf', () => {
    expect(dataProblems(flow((e) => e.replace('asOf: 2016-09-09', 'asOf: 2016-02-30')))).toEqual([
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "asOf": "2016-02-30" is not a date: February 2016 has 29 days/,
      ),
    ]);
  });

  it('month 13 as the end of a figure’s period', () => {
    expect(dataProblems(flow((e) => e.replace('to: 2016-09', 'to: 2026-13')))).toEqual([
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "period\.to": "2026-13" is not a date: there is no month 13/,
      ),
    ]);
  });

  it('a period whose start is after its end', () => {
    expect(dataProblems(flow((e) => e.replace('from: 2016-08', 'from: 2016-10')))).toContainEqual(
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "period\.from": the period starts \(2016-10\) after it ends \(2016-09\)/,
      ),
    );
  });

  it('an asOf before the period it describes starts', () => {
    expect(dataProblems(flow((e) => e.replace('asOf: 2016-09-09', 'asOf: 2016-07-01')))).toEqual([
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "asOf": 2016-07-01 is before the period it describes starts \(2016-08\)/,
      ),
    ]);
  });

  it('an asOf after the site’s last-updated date', () => {
    expect(
      dataProblems(flow((e) => e.replace('asOf: 2016-09-09', 'asOf: 2061-09-09').replace('to: 2016-09', 'to: 2061-09'))),
    ).toEqual([
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "asOf": 2061-09-09 is after the site's last-updated date, \d{4}-\d{2}-\d{2} \(SITE\.lastUpdated in src\/site\.ts\)/,
      ),
    ]);
  });

  it('an impossible event date, and an end before the start', () => {
    const event = (change: (e: string) => string) =>
      editEntry('content/data/events.yaml', 'soviet-withdrawal-afghanistan', change);
    expect(dataProblems(event((e) => e.replace('date: 1989-02-15', 'date: 1989-02-29')))).toEqual([
      expect.stringMatching(
        /events\.yaml:\d+: event "soviet-withdrawal-afghanistan", field "date": "1989-02-29" is not a date: February 1989 has 28 days/,
      ),
    ]);
    expect(dataProblems(event((e) => e.replace('date: 1989-02-15', 'date: 1989-02-15\n  endDate: 1988-05-15')))).toEqual([
      expect.stringMatching(
        /events\.yaml:\d+: event "soviet-withdrawal-afghanistan", field "endDate": 1988-05-15 is before the event starts \(1989-02-15\)/,
      ),
    ]);
  });

  it('an impossible source date', () => {
    const source = editEntry('content/data/sources.yaml', 'wapo-2016-09-09', (e) =>
      e.replace('date: 2016-09-09', 'date: 2026-13-45'),
    );
    expect(dataProblems(source)).toEqual([
      expect.stringMatching(
        /sources\.yaml:\d+: source "wapo-2016-09-09", field "date": "2026-13-45" is not a date: there is no month 13/,
      ),
    ]);
  });

  it('an impossible page date, or one after the site’s last-updated date, in the front matter as written', () => {
    const page = readFileSync(join(ROOT, 'content/pages/decline.mdx'), 'utf8');
    const file = 'content/pages/decline.mdx';
    expect(frontMatterProblems(page.replace(/updated: .*/, 'updated: 2016-02-30'), file)).toEqual([
      'content/pages/decline.mdx:4: front matter, field "updated": "2016-02-30" is not a date: February 2016 has 29 days',
    ]);
    expect(frontMatterProblems(page.replace(/updated: .*/, 'updated: 2026-13-45'), file)).toEqual([
      'content/pages/decline.mdx:4: front matter, field "updated": "2026-13-45" is not a date: there is no month 13',
    ]);
    expect(frontMatterProblems(page.replace(/updated: .*/, 'updated: 2061-01-01'), file)).toEqual([
      expect.stringMatching(
        /^content\/pages\/decline\.mdx:4: front matter, field "updated": 2061-01-01 is after the site's last-updated date/,
      ),
    ]);
    expect(frontMatterProblems(page, file)).toEqual([]);
  });
});

describe('the ICSR table goes through the same checks', () => {
  it('a 2015 row whose low is above its high', () => {
    const csv = (dir: string) =>
      edit(dir, 'content/data/icsr-2013-2015.csv', (t) =>
        t.replace('austria,AUT,20150126,100,150,125', 'austria,AUT,20150126,150,100,125'),
      );
    expect(dataProblems(csv)).toEqual([
      expect.stringMatching(/icsr-2013-2015\.csv:59: row "austria", column "icsr\.low": low \(150\) is above high \(100\)/),
    ]);
  });

  it('a negative count', () => {
    const csv = (dir: string) =>
      edit(dir, 'content/data/icsr-2013-2015.csv', (t) => t.replace('belgium,BEL,20150126,,,440', 'belgium,BEL,20150126,,,-440'));
    expect(dataProblems(csv)).toEqual([
      expect.stringMatching(/icsr-2013-2015\.csv:61: row "belgium", column "icsr\.mean": must not be negative/),
    ]);
  });

  it('an implausible count, through the figure schema', () => {
    const csv = (dir: string) =>
      edit(dir, 'content/data/icsr-2013-2015.csv', (t) =>
        t.replace('belgium,BEL,20150126,,,440', 'belgium,BEL,20150126,,,4400000'),
      );
    expect(dataProblems(csv)).toEqual([
      expect.stringMatching(
        /icsr-2013-2015\.csv:61: row "belgium" \(figure "icsr-2015-belgium"\), field "value": 4400000 is not plausible for unit "people"/,
      ),
    ]);
  });
});

describe('names and titles are never blank', () => {
  it('an empty alias of a country, a person and a topic', () => {
    expect(
      dataProblems(
        editEntry('content/data/countries.yaml', 'afghanistan', (e) => e.replace('[Afghan, Afghans]', '[Afghan, ""]')),
      ),
    ).toEqual([
      expect.stringMatching(/countries\.yaml:\d+: country "afghanistan", field "aliases\[1\]": must be at least 2 characters/),
    ]);
    expect(
      dataProblems(
        editEntry('content/data/people.yaml', 'neumann', (e) => e.replace('[Neumann, Peter R. Neumann]', '[Neumann, " "]')),
      ),
    ).toEqual([
      expect.stringMatching(
        /people\.yaml:\d+: person or organisation "neumann", field "aliases\[1\]": must be at least 2 characters/,
      ),
    ]);
    expect(
      dataProblems(editEntry('content/data/topics.yaml', 'foreign-fighters', (e) => e.replace('[foreign fighters,', '["",'))),
    ).toEqual([
      expect.stringMatching(/topics\.yaml:\d+: topic "foreign-fighters", field "aliases\[0\]": must be at least 2 characters/),
    ]);
  });

  it('an empty title of an event, a chart and a source', () => {
    expect(
      dataProblems(
        editEntry('content/data/events.yaml', 'soviet-withdrawal-afghanistan', (e) => e.replace(/title: .*/, 'title: ""')),
      ),
    ).toEqual([
      expect.stringMatching(
        /events\.yaml:\d+: event "soviet-withdrawal-afghanistan", field "title": must be at least 5 characters/,
      ),
    ]);
    expect(
      dataProblems(editEntry('content/data/charts.yaml', 'monthly-flow', (e) => e.replace(/title: .*/, "title: '    '"))),
    ).toEqual([expect.stringMatching(/charts\.yaml:\d+: chart "monthly-flow", field "title": must be at least 5 characters/)]);
    expect(
      dataProblems(editEntry('content/data/sources.yaml', 'wapo-2016-09-09', (e) => e.replace(/title: .*/, 'title: ""'))),
    ).toEqual([
      expect.stringMatching(/sources\.yaml:\d+: source "wapo-2016-09-09", field "title": must be at least 3 characters/),
    ]);
  });

  it('an empty page title', () => {
    const page = readFileSync(join(ROOT, 'content/pages/decline.mdx'), 'utf8');
    expect(frontMatterProblems(page.replace(/title: .*/, 'title: ""'), 'content/pages/decline.mdx')).toEqual([
      'content/pages/decline.mdx:2: front matter, field "title": must be at least 3 characters long (spaces aside)',
    ]);
  });
});

describe('source addresses are http(s) only', () => {
  for (const url of [
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
  ]) {
    it(url.split(':')[0] ?? url, () => {
      const source = editEntry('content/data/sources.yaml', 'wapo-2016-09-09', (e) => e.replace(/url: .*/, `url: "${url}"`));
      expect(dataProblems(source)).toEqual([
        expect.stringMatching(
          /sources\.yaml:\d+: source "wapo-2016-09-09", field "url": must be an http:\/\/ or https:\/\/ address/,
        ),
      ]);
    });
  }
});

describe('vague errors of the past name their file, line, entry and field', () => {
  it('a language code that names no language', () => {
    const lang = (code: string) =>
      editEntry('content/data/sources.yaml', 'wapo-2016-09-09', (e) =>
        e.replace('kind: news', `kind: news\n  language: ${code}`),
      );
    expect(dataProblems(lang('e1'))).toEqual([
      expect.stringMatching(/sources\.yaml:\d+: source "wapo-2016-09-09", field "language": must be a two-letter ISO 639-1 code/),
    ]);
    expect(dataProblems(lang('xx'))).toEqual([
      expect.stringMatching(
        /sources\.yaml:\d+: source "wapo-2016-09-09", field "language": "xx" is not an ISO 639-1 language code/,
      ),
    ]);
  });

  it('YAML indented with a tab', () => {
    expect(dataProblems(flow((e) => e.replace('    unit: people-per-month', '\tunit: people-per-month')))).toEqual([
      expect.stringMatching(/global\.yaml:\d+: indented with a tab; YAML indentation must use spaces/),
    ]);
  });

  it('an id used twice, with both lines', () => {
    const twice = (dir: string) =>
      edit(dir, 'content/data/figures/france.yaml', (t) => t.replace(/(\n {2}- id: )[a-z0-9-]+/, '$1current-monthly-flow'));
    expect(dataProblems(twice)).toEqual([
      expect.stringMatching(
        /figures\/global\.yaml:\d+: figure "current-monthly-flow", field "id": used twice \(first at .*figures\/france\.yaml:\d+\)/,
      ),
    ]);
  });

  it('a chart whose figure vanished', () => {
    const data = loadDataset();
    data.figures.delete('peak-monthly-flow');
    expect(problemsOf(() => getChart('monthly-flow').build(data))).toEqual([
      'src/charts/monthly-flow.ts: chart "monthly-flow" draws figure "peak-monthly-flow", which no file in content/data defines (did you mean "current-monthly-flow"?)',
    ]);
  });

  it('a chart whose figure changed shape', () => {
    const data = loadDataset();
    const peak = data.figures.get('peak-monthly-flow');
    if (!peak) throw new Error('fixture: no peak-monthly-flow');
    data.figures.set('peak-monthly-flow', { ...peak, value: undefined, low: 1500, high: 2500 });
    expect(problemsOf(() => getChart('monthly-flow').build(data))).toEqual([
      expect.stringMatching(
        /^content\/data\/figures\/global\.yaml:\d+: figure "peak-monthly-flow", field "value": chart "monthly-flow" \(src\/charts\/monthly-flow\.ts\) draws a single value, and this figure now gives a range/,
      ),
    ]);
  });
});

describe('the checks that were there before', () => {
  it('a figures file that is not valid YAML', () => {
    const problems = dataProblems(
      flow((e) => e.replace('  - id: current-monthly-flow', '  - id: current-monthly-flow\n   value: [unclosed')),
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/figures\/global\.yaml:\d+: not valid YAML/);
  });

  it('a figure missing a required field', () => {
    expect(dataProblems(flow((e) => e.replace(/ {4}assertedBy: us-intelligence\n/, '')))).toEqual([
      expect.stringMatching(/global\.yaml:\d+: figure "current-monthly-flow", field "assertedBy"/),
    ]);
  });

  it('a figure value of the wrong type', () => {
    expect(dataProblems(flow((e) => e.replace('value: 50', 'value: fifty')))).toEqual([
      expect.stringMatching(/figure "current-monthly-flow", field "value": .*number/),
    ]);
  });

  it('an event without a source', () => {
    const event = editEntry('content/data/events.yaml', 'soviet-withdrawal-afghanistan', (e) =>
      e.replace(/sources: \[[^\]]*\]/, 'sources: []'),
    );
    expect(dataProblems(event)).toEqual([
      expect.stringMatching(
        /events\.yaml:\d+: event "soviet-withdrawal-afghanistan", field "sources": every event needs at least one source/,
      ),
    ]);
  });

  it('a figure that cites a source that does not exist', () => {
    expect(dataProblems(flow((e) => e.replace('publishedIn: [wapo-2016-09-09]', 'publishedIn: [wapo-2016-09-99]')))).toEqual([
      expect.stringMatching(
        /global\.yaml:\d+: figure "current-monthly-flow", field "publishedIn\[0\]": unknown source id "wapo-2016-09-99" \(did you mean "wapo-2016-09-09"\?\)/,
      ),
    ]);
  });

  it('a retired anchor on a page that does not exist', () => {
    const retired = (dir: string) =>
      edit(dir, 'content/data/retired-anchors.yaml', (t) => t.replace('[]', '- page: causez\n  id: old\n  now: no-entry-list'));
    expect(dataProblems(retired)).toEqual([
      expect.stringMatching(/retired-anchors\.yaml:\d+: retired anchor "old", field "page": unknown page "causez"/),
    ]);
  });
});
