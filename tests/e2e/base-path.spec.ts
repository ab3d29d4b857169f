/**
 * The site built under a sub-path (BASE_PATH=/http-status/, `npm run build:base`)
 * works there: every internal link, asset and anchor resolves inside the base,
 * short URLs and the search index too.
 */
import { expect, test } from '@playwright/test';

const base = '/http-status/';

test('every internal link, asset and anchor resolves under the base path', async ({ page, request }) => {
  test.setTimeout(180_000);
  const seen = new Set<string>([base]);
  const queue = [base];
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    // Only real elements: in highlighted code, "<" is escaped, so example markup never matches.
    const references = [...html.matchAll(/<(?:a|link|script|img)\s[^>]*?(?:href|src)="([^"]+)"/g)].map((match) => match[1]!);
    for (const reference of references) {
      const url = new URL(reference, `http://localhost${path}`);
      if (url.host !== 'localhost') continue; // external, or an absolute URL to the public site
      if (!url.pathname.startsWith(base)) {
        problems.push(`${path} links outside the base: ${reference}`);
        continue;
      }
      if (url.hash && url.pathname === path && !html.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) {
        problems.push(`${path} links to a missing anchor ${url.hash}`);
      }
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(20);
  await page.goto(`${base}codes/404/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
});

test('short URLs and search work under the base path', async ({ page }) => {
  await page.goto(`${base}429`);
  // The short URL forwards to the code page; waiting for that page's load (not only its URL) means its scripts have run, so "/" reaches the search box.
  await page.waitForURL(new RegExp(`${base}codes/429/$`));
  await page.keyboard.press('/');
  await page.keyboard.type('success response');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', `${base}codes/200/`);
});
