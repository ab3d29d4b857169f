/** What makes a page pleasant to link to: section anchors, short URLs, previews, data, sitemap. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { codeDetailSchema, codeListSchema } from '../../src/lib/code-json.ts';
import { builtPages, distDirectory, shortUrlPages } from './site-pages.ts';

const codePages = builtPages().filter((path) => /^\/codes\/\d{3}\/$/.test(path));

test('a link to #when-not-to-use scrolls to that section and highlights it', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto('/codes/200/#when-not-to-use');
  const heading = page.locator('h2#when-not-to-use');
  await expect(heading).toBeInViewport();
  const highlighted = await heading.evaluate((node) => getComputedStyle(node.parentElement!).backgroundColor);
  const plain = await page.locator('h2#related').evaluate((node) => getComputedStyle(node.parentElement!).backgroundColor);
  expect(highlighted).not.toBe(plain);
});

test('every section heading has a permalink whose copy control puts the full URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/codes/200/');
  const headings = await page.locator('main h2').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(headings.every(Boolean)).toBe(true);
  expect(await page.locator('a.section-link').count()).toBe(headings.length);
  const link = page.getByRole('link', { name: 'Copy link to “Common causes”' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/codes/200/#common-causes', page.url()).href);
  await expect(page).toHaveURL(/#common-causes$/);
});

test('section ids come from the section names, not their positions', async ({ page }) => {
  await page.goto('/codes/404/');
  for (const id of ['what-it-means', 'common-causes', 'how-to-fix', 'examples', 'when-not-to-use', 'bad-vs-good', 'related', 'specification']) {
    await expect(page.locator(`h2#${id}`)).toHaveCount(1);
  }
});

test('/200 lands on /codes/200/', async ({ page }) => {
  await page.goto('/200');
  await expect(page).toHaveURL(/\/codes\/200\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('200 OK');
});

test('every code has a short URL that points to its page', () => {
  const expected = codePages.map((path) => path.replace('/codes', ''));
  expect(shortUrlPages()).toEqual(expected);
  for (const path of shortUrlPages()) {
    const html = readFileSync(join(distDirectory, path, 'index.html'), 'utf8');
    expect(html).toContain(`url=/codes${path}"`);
    expect(html).toContain(`rel="canonical" href="http://localhost:4321/codes${path}"`);
  }
});

test('/codes/200 without the trailing slash works', async ({ page }) => {
  const response = await page.goto('/codes/200');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('200 OK');
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every page names a 1200×630 PNG preview that exists, plus canonical and description', async ({ request }) => {
  for (const path of builtPages().filter((path) => path !== '/404.html')) {
    const html = readFileSync(join(distDirectory, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, path).toBeDefined();
    expect(html, path).toMatch(/<link rel="canonical" href="http:\/\/localhost:4321\//);
    expect(html, path).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    const file = join(distDirectory, new URL(image!).pathname);
    expect(pngSize(file), `${path}: ${image}`).toEqual({ width: 1200, height: 630 });
  }
  const code200 = readFileSync(join(distDirectory, 'codes/200/index.html'), 'utf8');
  expect(code200).toContain('<meta property="og:image" content="http://localhost:4321/og/200.png"');
  expect((await request.get('/og/200.png')).headers()['content-type']).toBe('image/png');
});

test('/codes.json lists every code page and matches its schema; /codes/<code>.json too', async ({ request }) => {
  const list = codeListSchema.parse(await (await request.get('/codes.json')).json());
  expect(list.codes.map((code) => new URL(code.url).pathname)).toEqual(codePages);
  const detail = codeDetailSchema.parse(await (await request.get('/codes/429.json')).json());
  expect(detail).toMatchObject({ code: 429, reason: 'Too Many Requests', class: '4xx' });
  expect(detail.headers.map((header) => header.name)).toContain('Retry-After');
});

test('the sitemap lists every page, and robots.txt points to it', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const listed = new Set<string>();
  for (const sitemap of sitemapUrls) {
    const xml = await (await request.get(sitemap)).text();
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(match[1]!).pathname);
  }
  const expected = builtPages().filter((path) => path !== '/404.html');
  expect([...listed].sort()).toEqual(expected.sort());
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
});

test('a page prints without the header, search or copy buttons', async ({ page }) => {
  await page.goto('/codes/200/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.copy-button').first()).toBeHidden();
  await expect(page.locator('pre[data-language="javascript"]').first()).toHaveCSS('white-space', 'pre-wrap');
});

test('an unknown URL gets the site 404 page: readable, not indexed, with no canonical URL of its own', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404: no page here');
  await expect(page.locator('main')).toContainText('or let a few questions find the code for your situation');
  // The 404 article lives at /codes/404/ (short URL /404/); the error page must not claim either address.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
