/**
 * Screenshots of built pages in light and dark, narrow and wide, for looking
 * at what we ship. Needs a running `npm start` (or `npm run preview`).
 *
 *   node tests/tools/screenshot.ts /codes/200/ [/ …]   → screenshots/*.png
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';

const origin = process.env['SCREENSHOT_ORIGIN'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2);
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const path of paths.length ? paths : ['/codes/200/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [320, 1280]) {
        const page = await browser.newPage({ colorScheme, viewport: { width, height: 900 } });
        await page.goto(origin + path);
        const name = `${outDir}/${path.replace(/\W+/g, '_') || 'home'}-${colorScheme}-${width}.png`;
        await page.screenshot({ path: name, fullPage: process.env['FULL'] === '1' });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
