// End-to-end tests: the built renderer in Chromium against the real core (see e2e/fixtures/factdesk.ts).
// `npm run test:e2e` runs the default project; `npm run screenshots` runs only the screenshots project.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './src/core/report/find-chromium';

// The Chromium the reports print with (FACTDESK_CHROMIUM, else a system one) also runs the UI tests.
const chromium = findChromium() ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores: each worker runs a browser for the UI and one for printing reports.
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: [...CHROMIUM_LAUNCH_ARGS],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'e2e', testIgnore: /screenshots\.spec\.ts$/ },
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts$/, default: false, timeout: 180_000 },
  ],
});
