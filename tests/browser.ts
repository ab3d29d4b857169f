/**
 * Which Chromium the tests drive. Machines without Playwright's own browser
 * download (like ours) use Debian's `chromium`: set CHROMIUM_PATH, or it is
 * found at /usr/bin/chromium. Elsewhere Playwright's bundled browser is used.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((path): path is string => Boolean(path));
  const executablePath = candidates.find((path) => existsSync(path));
  if (process.env['CHROMIUM_PATH'] && executablePath !== process.env['CHROMIUM_PATH']) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env['CHROMIUM_PATH']}, but there is no browser there`);
  }
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
