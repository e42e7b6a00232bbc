// e2e against the built extension (dist/) in Debian's Chromium. One worker: every test
// starts its own browser, and the CI machine has two cores.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  // Generous: CI must stay green on a busy machine (a11y ran past 60 s at load 20, doing two axe passes per page).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: 0,
  // Overridable so parallel runs (several people in one working tree) do not clobber each other.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? 'reports/playwright.json' }]],
  use: { trace: 'retain-on-failure' },
});
