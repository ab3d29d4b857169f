import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser.ts';

/**
 * End-to-end tests against the built sites (`dist/`, and `dist-base/` built
 * under a sub-path), served the way `npm start` serves them. The global setup
 * starts both servers on ports the operating system picks and hands their
 * origins to the tests (see tests/support/preview-servers.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/preview-servers.ts',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), baseURL: process.env['E2E_SITE_ORIGIN'] },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), baseURL: process.env['E2E_BASE_ORIGIN'] },
    },
  ],
});
