/**
 * A code page, a comparison or the guide paints after one round trip: its HTML, with the CSS inlined,
 * fits in 14 KB gzip (about the first TCP window), and nothing render-blocking
 * is fetched before it shows.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtFile, builtPages } from './site-pages.ts';

const budget = 14 * 1024;

test('every code page, comparison and the guide, HTML and CSS together, is at most 14 KB gzip', () => {
  const readingPages = builtPages().filter((path) => /^\/(codes\/\d{3}|compare\/\d{3}(-vs-\d{3})+|choose)\/$/.test(path));
  expect(readingPages.filter((path) => path.startsWith('/compare/')).length).toBeGreaterThanOrEqual(8);
  expect(readingPages).toContain('/choose/');
  const over: string[] = [];
  for (const path of readingPages) {
    const html = readFileSync(builtFile(path));
    expect(html.toString(), `${path} links an external stylesheet`).not.toMatch(/<link[^>]+rel="?stylesheet/);
    const size = gzipSync(html, { level: 9 }).length;
    if (size > budget) over.push(`${path}: ${size} bytes gzip`);
  }
  expect(over).toEqual([]);
});

test('no element carries Astro’s scope class: components’ styles are global, rooted at their own class (see README)', () => {
  const scoped: string[] = [];
  for (const path of builtPages()) {
    const scopeClass = /class="[^"]*\bastro-[a-z0-9]{8}\b/.exec(readFileSync(builtFile(path), 'utf8'));
    if (scopeClass) scoped.push(`${path}: ${scopeClass[0]}`);
  }
  expect(scoped).toEqual([]);
});

test('scripts never block rendering', async ({ page }) => {
  await page.goto('/codes/200/');
  const blocking = await page.locator('script[src]:not([type="module"]):not([async]):not([defer])').count();
  expect(blocking).toBe(0);
});
