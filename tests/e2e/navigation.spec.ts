/** Moving around a page and between pages: "On this page", the codes of the class beside it, previous and next. */
import { expect, test, type Page } from '@playwright/test';

/** The pages with an "On this page" list, one of each kind. */
const pagesWithSections = ['/codes/429/', '/compare/401-vs-403/', '/codes/4xx/', '/choose/'];

/** Whether the elements with these ids exist and come in this order in the page. */
const inDocumentOrder = (page: Page, ids: string[]): Promise<boolean> =>
  page.evaluate((list) => {
    const targets = list.map((id) => document.getElementById(id));
    return targets.every(
      (target, index) => target !== null && (index === 0 || Boolean(targets[index - 1]!.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)),
    );
  }, ids);

for (const path of pagesWithSections) {
  test(`${path}: "On this page" lists every section in order and each link lands on its section`, async ({ page }) => {
    await page.goto(path);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) await expect(page.locator(`main [id="${href!.slice(1)}"]`), href!).toHaveCount(1);
    expect(await inDocumentOrder(page, hrefs.map((href) => href!.slice(1)))).toBe(true);
    if (path.startsWith('/codes/')) expect(hrefs.length).toBe(await page.locator('main h2').count());
    const last = toc.getByRole('link').last();
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${hrefs.at(-1)}$`));
    await expect(page.locator(`[id="${hrefs.at(-1)!.slice(1)}"]`)).toBeInViewport();
  });
}

test('on a wide screen "On this page" sits beside the content, stays in view, and marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/codes/429/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const main = page.locator('main');
  const [tocBox, mainBox] = [await toc.boundingBox(), await main.boundingBox()];
  expect(tocBox!.x).toBeGreaterThanOrEqual(mainBox!.x + mainBox!.width);
  await expect(toc.locator('[aria-current="location"]')).toHaveText('At a glance');
  await page.locator('#bad-vs-good').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await expect(toc).toBeInViewport();
  await expect(toc.locator('[aria-current="location"]')).toHaveText('Bad vs good practice');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
});

test('on a phone "On this page" is a compact list at the top that folds away', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/codes/429/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  expect((await toc.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y);
  expect((await toc.boundingBox())!.height).toBeLessThan(300);
  const first = toc.getByRole('link', { name: 'At a glance' });
  await expect(first).toBeVisible();
  await toc.getByText('On this page').click();
  await expect(first).toBeHidden();
  await toc.getByText('On this page').click();
  await expect(first).toBeVisible();
});

test('without JavaScript "On this page" is a plain list of working links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/429/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Code examples' })).toBeVisible();
  await expect(toc.locator('[aria-current]')).toHaveCount(0);
  await toc.getByRole('link', { name: 'Code examples' }).click();
  await expect(page).toHaveURL(/#examples$/);
  await context.close();
});

test('on a wide screen the codes of the class are listed beside the page, the current one marked and in view', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('/codes/429/');
  const list = page.getByRole('navigation', { name: '4xx Client Error' });
  await expect(list).toBeVisible();
  expect((await list.boundingBox())!.x + (await list.boundingBox())!.width).toBeLessThanOrEqual((await page.locator('main').boundingBox())!.x);
  const current = list.locator('[aria-current="page"]');
  await expect(current).toHaveText(/429\s+Too Many Requests/);
  await expect(current).toBeInViewport();
  await expect(list.getByRole('link', { name: /^404 Not Found$/ })).toHaveAttribute('href', '/codes/404/');
  await list.getByRole('link', { name: /^404 Not Found$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
});

test('on a narrower screen the list of the class gives way to the content', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('/codes/429/');
  await expect(page.getByRole('navigation', { name: '4xx Client Error' })).toBeHidden();
});

test('a comparison lists the other comparisons beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('/compare/401-vs-403/');
  const list = page.locator('.side-list');
  await expect(list).toBeVisible();
  await expect(list.locator('[aria-current="page"]')).toHaveAttribute('href', '/compare/401-vs-403/');
  expect(await list.getByRole('link').count()).toBeGreaterThanOrEqual(12);
});

test('each code page ends with the previous and the next code', async ({ page }) => {
  await page.goto('/codes/200/');
  const neighbours = page.getByRole('navigation', { name: 'Previous and next code' });
  await expect(neighbours.locator('a[rel="prev"]')).toHaveText('← 104 Upload Resumption Supported');
  await expect(neighbours.locator('a[rel="next"]')).toHaveText('201 Created →');
  await neighbours.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('201 Created');
  await page.goto('/codes/100/');
  await expect(page.getByRole('navigation', { name: 'Previous and next code' }).locator('a[rel="prev"]')).toHaveCount(0);
  await page.goto('/codes/599/');
  await expect(page.getByRole('navigation', { name: 'Previous and next code' }).locator('a[rel="next"]')).toHaveCount(0);
});
