/**
 * Browser tests run against the built site (dist/), served by scripts/serve.ts as a static host
 * would serve it (gzip, the 404 page, directory indexes). Build first: `npm test` does. One
 * server for the whole run; tests/e2e/fixtures.ts shares a page per worker where tests only read.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path';

// Another port with E2E_PORT=…; a busy port fails fast rather than testing someone else's server.
const PORT = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: await chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/robots.txt`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
