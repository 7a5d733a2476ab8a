/**
 * Browser tests run against the built site (dist/). Build first: `npm test` does.
 * - tests/e2e: what readers do, on the site served by scripts/serve.ts (a plain static host:
 *   gzip, the 404 page, directory indexes). tests/e2e/fixtures.ts shares a page per worker where
 *   tests only read.
 * - tests/production: the production server itself (`npm run preview:prod`: nginx with the
 *   config written from src/hosting/policy.ts): headers, cache rules, compression, errors.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path';

// Other ports with E2E_PORT=… and PROD_PORT=…; a busy port fails fast rather than testing
// someone else's server.
const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const PROD_PORT = Number(process.env['PROD_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'tests',
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
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'production',
      testDir: 'tests/production',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PROD_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts --port ${PORT}`,
      url: `http://localhost:${PORT}/robots.txt`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/preview-prod.ts --port ${PROD_PORT}`,
      url: `http://127.0.0.1:${PROD_PORT}/robots.txt`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
