/**
 * What must hold on every built page: it loads without console errors, has no
 * accessibility violations (axe) in light and dark, and each internal link and
 * anchor on it resolves.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

const pages = builtPages();

test('the build has the home page, the 404 page and a page per code', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((path) => /^\/codes\/\d{3}\/$/.test(path)).length).toBeGreaterThanOrEqual(16);
});

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const path of pages) {
  test.describe(path, () => {
    test('loads without console errors and has no axe violations, light and dark', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(200);
      expect(describeViolations(await new AxeBuilder({ page }).analyze()), `axe on ${path} (light)`).toEqual([]);
      // Dark mode changes only colours: check their contrast again.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      expect(describeViolations(dark), `axe on ${path} (dark)`).toEqual([]);
      expect(errors, `console errors on ${path}`).toEqual([]);
    });

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
