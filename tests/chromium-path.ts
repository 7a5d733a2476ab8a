/**
 * The Chromium the browser tests (playwright.config.ts) and the benchmark (bench/run.ts) drive,
 * and how they launch it. Playwright's own browser download does not work on these machines, so:
 * $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if installed, else the binary bundled in
 * the @sparticuz/chromium npm package.
 */
import { existsSync } from 'node:fs';

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/**
 * Launch flags: no sandbox (tests run as root in CI) and no background traffic to Google
 * services, which this network refuses. Web security stays on, so CSP is really enforced.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
