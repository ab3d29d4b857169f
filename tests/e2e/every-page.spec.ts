/**
 * What must hold on every built page: it loads without console errors, has no
 * accessibility violations (axe) in light and dark, and each internal link and
 * anchor on it resolves.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site-pages.ts';

const pages = builtPages();

test('the build has the home page, the 404 page and a page per code', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((path) => /^\/codes\/\d{3}\/$/.test(path)).length).toBeGreaterThanOrEqual(16);
});

async function openWithoutErrors(page: Page, path: string): Promise<void> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const response = await page.goto(path);
  expect(response?.status(), `${path} status`).toBe(path === '/404.html' ? 200 : 200);
  await page.waitForLoadState('networkidle');
  expect(errors, `console errors on ${path}`).toEqual([]);
}

for (const path of pages) {
  test.describe(path, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no console errors and no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await openWithoutErrors(page, path);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(violations, `axe on ${path} (${colorScheme})`).toEqual([]);
      });
    }

    test('every internal link and anchor resolves', async ({ page, request }) => {
      await page.goto(path);
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      const origin = new URL(page.url()).origin;
      const internal = [...new Set(hrefs)].filter((href) => new URL(href).origin === origin);
      const broken: string[] = [];
      for (const href of internal) {
        const url = new URL(href);
        const response = await request.get(url.pathname + url.search);
        if (response.status() !== 200) {
          broken.push(`${href} → ${response.status()}`);
          continue;
        }
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          const html = await response.text();
          if (!html.includes(`id="${id}"`)) broken.push(`${href} → no element with id "${id}"`);
        }
      }
      expect(broken, `broken links on ${path}`).toEqual([]);
    });
  });
}
