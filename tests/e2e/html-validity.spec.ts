/**
 * The Nu Html Checker (the W3C validator, from the vnu-jar package) on every built page. It is a
 * Java program: `java` from $JAVA_HOME/bin if set, else from the PATH (see the README).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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

/** The Java the checker runs on, or a one-line reason there is none. */
function findJava(): { java: string } | { missing: string } {
  const home = process.env['JAVA_HOME'];
  const java = home ? join(home, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return { java };
  const where = home ? `$JAVA_HOME/bin (${home})` : 'the PATH';
  return {
    missing: `The HTML validity test needs Java 11 or later and found none in ${where}: install a JRE (on Debian or Ubuntu, apt-get install default-jre-headless) or set JAVA_HOME.`,
  };
}

interface VnuReport {
  messages: { url: string; message: string; lastLine?: number }[];
}

test('every page is valid HTML for the Nu Html Checker', () => {
  test.setTimeout(120_000);
  const found = findJava();
  if ('missing' in found) throw new Error(found.missing);
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(3);
  // vnu exits 1 when it finds errors; either way its JSON report is on stderr.
  const run = spawnSync(found.java, ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: VnuReport;
  try {
    report = run.stderr ? (JSON.parse(run.stderr) as VnuReport) : { messages: [] };
  } catch {
    // Not a report: Java too old for the checker, a missing jar, or a crash. Its first line says which.
    throw new Error(`The Nu Html Checker did not run (exit ${String(run.status)}): ${run.stderr.trim().split('\n')[0] ?? ''}`);
  }
  expect(run.status, 'exit status').toBe(report.messages.length > 0 ? 1 : 0);
  expect(
    report.messages
      .filter((m) => !VALIDATOR_GAPS.some((re) => re.test(m.message)))
      .map((m) => `${m.url.replace(/^.*dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`),
  ).toEqual([]);
});
