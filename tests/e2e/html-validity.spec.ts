/** The Nu Html Checker (the W3C validator, from the vnu-jar package; needs Java) on every built page. */
import { execFileSync } from 'node:child_process';
import vnu from 'vnu-jar';
import { htmlFiles } from '../../src/integrations/html-files';
import { expect, test } from './fixtures';

/**
 * The checker's CSS validator predates container queries, which the charts' inlined styles use
 * (Baseline since 2023). Only these messages are set aside; any other CSS error still fails.
 */
const VALIDATOR_GAPS = [
  /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”\.?$/,
];

test('every page is valid HTML for the Nu Html Checker', () => {
  test.setTimeout(120_000);
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(3);
  let out = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    // vnu exits 1 when it finds errors and reports them on stderr.
    out = (e as { stderr?: string }).stderr ?? String(e);
  }
  const messages = out ? (JSON.parse(out) as { messages: { url: string; message: string; lastLine?: number }[] }).messages : [];
  expect(
    messages
      .filter((m) => !VALIDATOR_GAPS.some((re) => re.test(m.message)))
      .map((m) => `${m.url.replace(/^.*dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`),
  ).toEqual([]);
});
