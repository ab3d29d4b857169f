/** Comparison pages: the table a reader compares codes with, its examples, and the links both ways. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadComparisonFiles } from '../support/content.ts';
import { builtFile, builtPages } from './site-pages.ts';

const comparisons = loadComparisonFiles();

test('the classic confusions each have a page', () => {
  const slugs = comparisons.map((comparison) => comparison.slug);
  for (const slug of ['401-vs-403', '400-vs-422', '404-vs-410', '301-vs-302-vs-307-vs-308', '200-vs-201-vs-204', '502-vs-503-vs-504', '409-vs-412', '429-vs-503']) {
    expect(slugs).toContain(slug);
  }
  expect(builtPages().filter((path) => path.startsWith('/compare/') && path !== '/compare/')).toEqual(slugs.map((slug) => `/compare/${slug}/`).sort());
});

test('every code page links to the comparisons it appears in', () => {
  const missing: string[] = [];
  for (const { slug, data } of comparisons) {
    for (const { code } of data.sides) {
      const html = readFileSync(builtFile(`/codes/${code}/`), 'utf8');
      if (!html.includes(`href="/compare/${slug}/"`)) missing.push(`/codes/${code}/ does not link /compare/${slug}/`);
    }
  }
  expect(missing).toEqual([]);
});

test('the table puts each code in a column and answers the same five questions for each', async ({ page }) => {
  await page.goto('/compare/301-vs-302-vs-307-vs-308/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('301 Moved Permanently vs 302 Found vs 307 Temporary Redirect vs 308 Permanent Redirect');
  const table = page.locator('.comparison-table');
  await expect(table.locator('thead th')).toHaveText([/^301 Moved Permanently/, /^302 Found/, /^307 Temporary Redirect/, /^308 Permanent Redirect/]);
  await expect(table.locator('tbody th')).toHaveText(['Meaning', 'Typical cause', 'Client behaviour', 'Headers', 'Caching']);
  // Headers and caching come from the code pages: 301 is heuristically cacheable, 302 is not;
  // the 307 and 308 sides answer a POST, whose rule comes first.
  const caching = table.locator('tbody tr').last().locator('td');
  await expect(caching.nth(0)).toContainText('Yes, heuristically cacheable');
  await expect(caching.nth(1)).toContainText('Only with explicit freshness');
  await expect(caching.nth(3)).toContainText('Rarely, as the answer to a POST');
  await expect(table.locator('tbody tr').nth(3).locator('td').first()).toContainText('Location');
  await expect(page.locator('.rule-of-thumb')).toContainText('Rule of thumb');
});

test('headers and caching are narrowed to each side’s request method', async ({ page }) => {
  await page.goto('/compare/200-vs-201-vs-204/');
  const caching = page.locator('.comparison-table tbody tr').last().locator('td');
  // 204 is heuristically cacheable, but this side's DELETE is never stored; 200's GET keeps its code's answer.
  await expect(caching.nth(2)).toHaveText('Never stored, as the answer to a DELETE: "Responses to the DELETE method are not cacheable" (RFC 9110 §9.3.5)');
  await expect(caching.nth(0)).toContainText('Yes, heuristically cacheable');
  await expect(caching.nth(1)).toContainText('Rarely, as the answer to a POST');
  // 415's Accept-Patch answers a PATCH: its page lists it, the POST side of 406 vs 415 does not.
  await page.goto('/compare/406-vs-415/');
  const headers = page.locator('.comparison-table tbody tr').nth(3).locator('td');
  await expect(headers.nth(1)).toContainText('Accept-Encoding');
  await expect(headers.nth(1)).not.toContainText('Accept-Patch');
  await page.goto('/codes/415/');
  await expect(page.locator('section:has(h2#at-a-glance)')).toContainText('Accept-Patch');
});

test('the examples show an Express and a Flask program, and a request for each side', async ({ page }) => {
  await page.goto('/compare/401-vs-403/');
  const examples = page.locator('section:has(h2#examples)');
  await expect(examples.locator('.code-block figcaption')).toHaveText([
    /Express\.js · app\.mjs/,
    /No valid token → 401 Unauthorized/,
    /Signed in, not an admin → 403 Forbidden/,
    /Flask · app\.py/,
    /No valid token → 401 Unauthorized/,
    /Signed in, not an admin → 403 Forbidden/,
  ]);
  await expect(examples.locator('.code-block pre').nth(2)).toContainText("curl -i -H 'Authorization: Bearer token-bob' http://localhost:3000/admin/reports");
  // Under each curl line, what it prints.
  await expect(examples.locator('figure.output').nth(1)).toContainText('HTTP/1.1 403 Forbidden');
});

test('a code page offers its comparisons right under the title', async ({ page }) => {
  await page.goto('/codes/401/');
  const comparisonsNav = page.getByRole('navigation', { name: 'Comparisons' });
  await comparisonsNav.getByRole('link', { name: '401 vs 403' }).click();
  await expect(page).toHaveURL(/\/compare\/401-vs-403\/$/);
});

test('on a phone the page does not scroll sideways; a wide table scrolls inside itself', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/compare/401-vs-403/', '/compare/301-vs-302-vs-307-vs-308/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});
