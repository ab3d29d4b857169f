import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser.ts';

const port = 4329;
/** The same site built under a sub-path (`npm run build:base`), as on a GitHub Pages project site. */
const basePort = 4331;
export const basePath = '/http-status/';

/** End-to-end tests against the built site (`dist/`), served the way `npm start` serves it. */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), baseURL: `http://localhost:${basePort}` },
    },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --port ${basePort} --outDir dist-base`,
      env: { BASE_PATH: basePath },
      url: `http://localhost:${basePort}${basePath}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
