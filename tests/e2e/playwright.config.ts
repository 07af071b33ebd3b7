import { defineConfig } from '@playwright/test';
import { PORTS, POLICE_URL } from './support/urls';

/** Runs on other ports write their results apart, so concurrent runs in one working tree do not collide. */
const suffix = PORTS.api === 4100 ? '' : `-${PORTS.api}`;

/**
 * Browser end-to-end tests in Debian's Chromium (never a downloaded browser) against the real API and a
 * real PostgreSQL, both started by global setup. See README.md.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: `./test-results${suffix}`,
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  // Generous: axe takes seconds per screen on a busy machine. Speed is never what these tests check.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: `playwright-report${suffix}`, open: 'never' }]],
  use: {
    baseURL: POLICE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium' }],
});
