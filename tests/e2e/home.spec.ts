/** The home page: every code, scannable by class, with filters that work without JavaScript. */
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

const codeCount = builtPages().filter((path) => /^\/codes\/\d{3}\/$/.test(path)).length;

test('lists every code in a grid by class, several tiles to a row on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tiles = page.locator('.class-group li');
  await expect(tiles).toHaveCount(codeCount);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['1xx Informational', '2xx Successful', '3xx Redirection', '4xx Client Error', '5xx Server Error']);
  const [first, second] = [await tiles.nth(0).boundingBox(), await tiles.nth(1).boundingBox()];
  expect(second!.y).toBe(first!.y);
  expect(second!.x).toBeGreaterThan(first!.x);
  // The page is a fraction of the height of one code per line.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(codeCount * 60);
});

test('the class links jump to each class, and its heading to the class page', async ({ page }) => {
  await page.goto('/');
  const jumps = page.getByRole('navigation', { name: 'Classes' });
  await expect(jumps.getByRole('link')).toHaveCount(5);
  await jumps.getByRole('link', { name: /^5xx/ }).click();
  await expect(page).toHaveURL(/#5xx$/);
  await expect(page.getByRole('heading', { name: '5xx Server Error' })).toBeInViewport();
  await page.getByRole('heading', { name: '5xx Server Error' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/codes\/5xx\/$/);
});

test('without JavaScript, the filter shows only the unofficial codes, then only the registered ones', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const visibleCodes = (): Promise<string[]> =>
    page.locator('.class-group li:visible .code-badge').allTextContents();
  expect(await visibleCodes()).toHaveLength(codeCount);
  await page.getByLabel('Unofficial (vendors)').check();
  const unofficial = await visibleCodes();
  expect(unofficial).toContain('444');
  expect(unofficial).not.toContain('404');
  await expect(page.getByRole('heading', { name: '2xx Successful' })).toBeHidden();
  await page.getByLabel('Registered (IANA)').check();
  const registered = await visibleCodes();
  expect(registered).toContain('404');
  expect(registered).not.toContain('444');
  expect(unofficial.length + registered.length).toBe(codeCount);
  await context.close();
});

test('on a phone, the grid is one column and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const tiles = page.locator('.class-group li');
  expect((await tiles.nth(1).boundingBox())!.y).toBeGreaterThan((await tiles.nth(0).boundingBox())!.y);
});
