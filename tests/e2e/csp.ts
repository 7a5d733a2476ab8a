/** Watching a page for Content-Security-Policy violations, for the tests of the policy. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Records every CSP violation the page reports, from the first script on. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Adds an inline script to the open page and expects the policy to block and report it. */
export async function expectInjectedScriptBlocked(page: Page, violations: () => Promise<string[]>): Promise<void> {
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect((await violations()).join()).toContain('script-src');
}
