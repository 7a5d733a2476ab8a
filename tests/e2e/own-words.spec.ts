/**
 * The site's text is its own (issue 9 §6): the project's writing checks compare the built pages
 * with the source article. The checks carry the article's text, so they live outside this
 * repository (../shared/tools); the product never depends on them. Where they are present these
 * tests run them; where they are not, the tests are skipped with a message saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';

const TOOLS = '../shared/tools';
const present = existsSync(`${TOOLS}/paraphrase.mjs`) && existsSync(`${TOOLS}/copycheck.mjs`);
const SKIPPED = `writing checks skipped: ${TOOLS}/paraphrase.mjs and copycheck.mjs are not present beside this repository`;

/** Runs a check and returns the rows it lists (it exits 1 when it lists any). */
function rows(script: string, args: string[]): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [`${TOOLS}/${script}`, ...args], { encoding: 'utf8' });
  } catch (e) {
    // Exit 1 means "found some"; anything else (a crash, a bad argument) must not read as "none".
    const failed = e as { status?: number; stdout?: string };
    if (failed.status !== 1) throw e;
    out = failed.stdout ?? '';
  }
  return out.split('\n').filter((line) => /^\S+:\d+\s/.test(line));
}

test.describe('the site’s own words', () => {
  test.skip(!present, SKIPPED);
  if (!present) console.warn(SKIPPED);

  test('at most three sentences of the built site follow an article sentence closely (names and titles)', () => {
    const found = rows('paraphrase.mjs', ['dist']);
    expect(found.length, `sentences to rewrite from the facts:\n${found.join('\n')}`).toBeLessThanOrEqual(3);
  });

  test('no run of ten or more words is shared with the article', () => {
    expect(rows('copycheck.mjs', ['content', 'src'])).toEqual([]);
  });
});
