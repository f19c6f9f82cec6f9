import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './playwright.config';

// `npm run bench:ui`: the timeline with a project's whole history, timed in
// the same Chromium as the e2e tests. Not part of `npm test`: its testDir is
// bench/ui, which the main config never looks at.

// Measure what ships: the e2e config turns on checking every answer against
// the contract (a development aid), which the app does not do.
process.env.EMBARGO_PLANNER_CHECK_OUTPUTS = '0';

export default defineConfig({
  testDir: 'bench/ui',
  testMatch: '**/*.bench.ts',
  timeout: 300_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'bench-results/ui',
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
