/** Search, through the real UI and through Pagefind's API on the built site. */
import { expect, test, type Page } from '@playwright/test';

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

test.describe('ranking', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  for (const [query, expected, within] of [
    ['success response', '/codes/200/', 1],
    ['404', '/codes/404/', 1],
    ['not found', '/codes/404/', 3],
    ['too many requests', '/codes/429/', 1],
    ['created', '/codes/201/', 1],
  ] as const) {
    test(`"${query}" finds ${expected} in the top ${within}`, async ({ page }) => {
      const urls = await searchUrls(page, query);
      expect(urls.slice(0, within), `results for "${query}": ${urls.join(', ')}`).toContain(expected);
    });
  }

  test('only code pages are results, not the home or 404 page', async ({ page }) => {
    const urls = await searchUrls(page, 'status code');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/codes\/\d{3}\/$/);
  });
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
