/** A reader's view of a code page: /codes/200/. */
import { expect, test } from '@playwright/test';
import { tokenClasses } from '../../src/lib/highlight.ts';

test.describe('/codes/200/', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/codes/200/');
  });

  test('has its title, summary, sections and specification link', async ({ page }) => {
    await expect(page).toHaveTitle(/^200 OK · /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('200 OK');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /request succeeded/);
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual([
      'At a glance',
      'You may have seen',
      'What it means',
      'Common causes',
      'How to fix',
      'Example exchange',
      'Code examples',
      'In your code',
      'When not to use it',
      'Bad vs good practice',
      'Related codes',
      'Specification',
    ]);
    await expect(page.getByRole('region', { name: 'Specification' }).getByRole('link', { name: 'RFC 9110 §15.3.1' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1');
  });

  test('shows the Express and Flask programs, highlighted', async ({ page }) => {
    const examples = page.getByRole('region', { name: 'Code examples' });
    await expect(examples.getByText('Express.js · app.mjs', { exact: true })).toBeVisible();
    await expect(examples.getByText('Flask · app.py', { exact: true })).toBeVisible();
    for (const language of ['javascript', 'python']) {
      const block = examples.locator(`pre[data-language="${language}"]`);
      await expect(block).toHaveCount(1);
      // Highlighted: keywords carry a token class and a colour of their own.
      const keyword = block.locator(`.${tokenClasses.keyword}`).first();
      await expect(keyword).toBeVisible();
      const [keywordColour, textColour] = await Promise.all([
        keyword.evaluate((node) => getComputedStyle(node).color),
        block.evaluate((node) => getComputedStyle(node).color),
      ]);
      expect(keywordColour).not.toBe(textColour);
    }
    await expect(examples.getByText('curl -i http://localhost:3000/users/42', { exact: true })).toBeVisible();
    await expect(examples.getByText('curl -i http://localhost:5000/users/42', { exact: true })).toBeVisible();
  });

  test('every related code links to a page that opens', async ({ page, request }) => {
    const links = page.getByRole('region', { name: 'Related codes' }).getByRole('link');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
    }
    await links.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\d{3} /);
  });

  test('the copy button copies exactly the program and says "Copied"', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const block = page.getByRole('region', { name: 'Code examples' }).locator('.code-block').first();
    const button = block.getByRole('button', { name: /^Copy / });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre').textContent());
    expect(copied).toMatch(/^import express from 'express';\n/);
  });
});

test('the badge beside the class says how the IANA registry lists the code', async ({ page }) => {
  for (const [path, badge] of [
    ['/codes/200/', 'Registered'],
    ['/codes/104/', 'Temporary registration'],
    ['/codes/418/', 'Reserved, unused'],
    ['/codes/510/', 'Registered, obsoleted'],
    ['/codes/444/', 'Unofficial'],
  ]) {
    await page.goto(path!);
    await expect(page.locator('main .badge').first(), path).toHaveText(badge!);
  }
});

test('a page is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/200/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('200 OK');
  await expect(page.locator('pre[data-language="python"]')).toBeVisible();
  // No button that would do nothing without JavaScript.
  await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  await context.close();
});

test('an unknown URL gets the 404 page, which offers search', async ({ page }) => {
  const response = await page.goto('/codes/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('404');
  await expect(page.getByRole('searchbox', { name: 'Search status codes' })).toBeVisible();
});
