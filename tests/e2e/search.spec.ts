/** Search, through the real UI and through Pagefind's API on the built site. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectedUrl, searchQueries } from './search-queries.ts';

/** The URLs of the results for `query`, best first, straight from pagefind.js. */
async function searchUrls(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (term) => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ pagefindUrl);
    const search = await pagefind.search(term);
    const results = await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<{ url: string }> }) => result.data()));
    return results.map((result) => result.url);
  }, query);
}

/** The result URLs the search box shows for `query`, best first. */
async function searchBoxUrls(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: 'Search status codes' }).fill(query);
  await expect(page.locator('.search-status')).toContainText(`“${query}”`);
  return page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test('the query set finds the right page through the search box (top 1 for clear queries, top 3 for all)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const misses: string[] = [];
  let clearHits = 0;
  let top3Hits = 0;
  for (const { query, expected, kind } of searchQueries) {
    const urls = await searchBoxUrls(page, query);
    const rank = urls.findIndex((url) => url === expectedUrl(expected)) + 1;
    if (kind === 'clear' && rank === 1) clearHits += 1;
    if (rank >= 1 && rank <= 3) top3Hits += 1;
    if (rank !== 1) misses.push(`"${query}" → ${expected} at rank ${rank || 'none'} (${kind}); got ${urls.slice(0, 3).join(', ')}`);
  }
  const clearTotal = searchQueries.filter((query) => query.kind === 'clear').length;
  const top1Rate = clearHits / clearTotal;
  const top3Rate = top3Hits / searchQueries.length;
  console.log(`search hit rate: top-1 ${(top1Rate * 100).toFixed(1)}% of ${clearTotal} clear queries, top-3 ${(top3Rate * 100).toFixed(1)}% of ${searchQueries.length}`);
  if (misses.length) console.log(misses.join('\n'));
  expect(top1Rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  expect(top3Rate, misses.join('\n')).toBe(1);
});

test('only code, class and comparison pages and the guide are results, not the home, list or 404 pages', async ({ page }) => {
  await page.goto('/');
  const urls = await searchUrls(page, 'status code');
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/(codes\/(\d{3}|\dxx)|compare\/\d{3}(-vs-\d{3})+|choose)\/$/);
});

test.describe('the search box', () => {
  test('costs nothing until the reader reaches for it', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (/pagefind|search-ui/.test(request.url())) searchRequests.push(request.url());
    });
    await page.goto('/codes/200/');
    await page.waitForLoadState('networkidle');
    expect(searchRequests).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search status codes' })).toBeFocused();
    await expect.poll(() => searchRequests.some((url) => url.includes('pagefind.js'))).toBe(true);
  });

  test('"success response" shows 200 OK first, with its class and summary', async ({ page }) => {
    await page.goto('/codes/404/');
    const box = page.getByRole('searchbox', { name: 'Search status codes' });
    await box.click();
    await box.fill('success response');
    const first = page.locator('.search-results a').first();
    await expect(first).toHaveAttribute('href', '/codes/200/');
    await expect(first).toContainText('200');
    await expect(first).toContainText('OK');
    await expect(first).toContainText('2xx Successful');
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
  });

  test('a number with no page says so and points to its class', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('299');
    const status = page.getByRole('status').filter({ hasText: 'No status code 299' });
    await expect(status).toBeVisible();
    await expect(status.getByRole('link', { name: 'the 2xx class' })).toHaveAttribute('href', '/codes/2xx/');
  });

  test('class chips narrow the results', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('timeout');
    const badges = page.locator('.search-results .code-badge');
    // Unfiltered, "timeout" finds codes of other classes too (408, 524…).
    await expect(badges.filter({ hasNotText: /^5/ }).first()).toBeVisible();
    await page.getByRole('button', { name: '5xx' }).click();
    await expect(page.getByRole('button', { name: '5xx' })).toHaveAttribute('aria-pressed', 'true');
    await expect(badges.filter({ hasNotText: /^5/ })).toHaveCount(0);
    await expect(badges.first()).toHaveText(/^5/);
  });

  test('the open panel passes axe and fits a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/codes/200/');
    await page.getByRole('searchbox', { name: 'Search status codes' }).fill('rate limit');
    await expect(page.locator('.search-results a').first()).toBeVisible();
    const panel = await page.locator('.search-panel').boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(320);
    const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.search').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('works from the keyboard: "/", type, ArrowDown, Enter', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('too many requests');
    await expect(page.locator('.search-results a').first()).toHaveAttribute('href', '/codes/429/');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results a').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/429\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('429 Too Many Requests');
  });

  test('Enter in the box goes to the first result', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('forbidden');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/403\/$/);
  });

  test('says so when nothing matches, and links to the full list', async ({ page }) => {
    await page.goto('/codes/200/');
    await page.keyboard.press('/');
    await page.keyboard.type('purple bananas');
    const status = page.getByRole('status').filter({ hasText: 'No code matches' });
    await expect(status).toBeVisible();
    await expect(status.getByRole('link', { name: 'browse every code' })).toHaveAttribute('href', '/');
  });
});
