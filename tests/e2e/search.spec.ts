/** Search, through the real UI and through Pagefind's API on the built site. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectedUrl, heldBackQueries, laterQueries, tuningQueries, type SearchQuery } from './search-queries.ts';

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

/**
 * Types each of `queries` into the search box of `page` in turn, as `fill`
 * does (the value, then an input event), and returns the result URLs shown
 * for each, best first. The loop runs in the page, waking when the list stops
 * being busy with the query in the status line, so a query costs the
 * search's own time rather than a round-trip and a poll from the test.
 */
async function typedIntoSearchBox(page: Page, queries: string[]): Promise<string[][]> {
  return page.getByRole('searchbox', { name: 'Search status codes' }).evaluate(async (box, typed) => {
    const input = box as HTMLInputElement;
    const form = input.closest('form') as HTMLFormElement;
    const list = form.querySelector('.search-results') as HTMLElement;
    const status = form.querySelector('.search-status') as HTMLElement;
    const settled = (query: string): Promise<void> =>
      new Promise((resolve, reject) => {
        const done = (): boolean => list.getAttribute('aria-busy') === 'false' && (status.textContent ?? '').includes(`“${query}”`);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the search box did not settle on “${query}” within 10 s`));
        }, 10_000);
        observer.observe(form, { attributes: true, childList: true, characterData: true, subtree: true });
      });
    const shown: string[][] = [];
    for (const query of typed) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled(query);
      shown.push([...list.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''));
    }
    return shown;
  }, queries);
}

/** The result URLs the search box shows for `query`, best first. */
async function searchBoxUrls(page: Page, query: string): Promise<string[]> {
  const [urls = []] = await typedIntoSearchBox(page, [query]);
  return urls;
}

/**
 * Types every query of a set into the search box and reports (and prints, as
 * "search, <label> …") how often the expected page comes first and within
 * the top 3, by kind of query. With more than one page (tabs of the same
 * site), the queries are shared out among them and typed in parallel.
 */
async function measure(pages: Page[], queries: SearchQuery[], label: string): Promise<{ first: number; top3: number; names: number; namesFirst: number; misses: string[]; lines: string[] }> {
  const misses: string[] = [];
  const byKind = new Map<string, { total: number; first: number; top3: number }>();
  let first = 0;
  let top3 = 0;
  const ranked = await Promise.all(
    pages.map(async (page, tab) => {
      const mine = queries.filter((_, index) => index % pages.length === tab);
      const shown = await typedIntoSearchBox(page, mine.map((query) => query.query));
      return mine.map((query, index) => ({ query, urls: shown[index] ?? [] }));
    }),
  );
  for (const { query: { query, expected, kind }, urls } of ranked.flat()) {
    const rank = urls.findIndex((url) => url === expectedUrl(expected)) + 1;
    const counts = byKind.get(kind) ?? { total: 0, first: 0, top3: 0 };
    counts.total += 1;
    if (rank === 1) (first += 1), (counts.first += 1);
    if (rank >= 1 && rank <= 3) (top3 += 1), (counts.top3 += 1);
    byKind.set(kind, counts);
    const wanted = kind === 'name' ? rank === 1 : rank >= 1 && rank <= 3;
    if (!wanted) misses.push(`"${query}" → ${expected} at rank ${rank || 'none'} (${kind}); got ${urls.slice(0, 3).join(', ') || 'nothing'}`);
  }
  const names = byKind.get('name') ?? { total: 0, first: 0, top3: 0 };
  const lines = [...byKind].map(([kind, counts]) => `${kind}: first ${counts.first}/${counts.total}, top 3 ${counts.top3}/${counts.total}`);
  const share = (count: number): string => `${((count / queries.length) * 100).toFixed(1)}%`;
  console.log(`search, ${label} (${queries.length} queries): first ${share(first)}, top 3 ${share(top3)}; ${lines.join('; ')}`);
  return { first, top3, names: names.total, namesFirst: names.first, misses, lines };
}

/**
 * `measure` in `page` and three more tabs of the same site, each typing a
 * quarter of the queries: most of a query's time is the debounce, spent
 * waiting, so in CI four tabs take about 40% less time per query than two.
 */
async function measureInFourTabs(page: Page, queries: SearchQuery[], label: string): ReturnType<typeof measure> {
  const tabs = [page, ...(await Promise.all([1, 2, 3].map(() => page.context().newPage())))];
  await Promise.all(tabs.map((tab) => tab.goto('/')));
  return measure(tabs, queries, label);
}

test('the tuning query set finds the right page through the search box: every name first, 98% within the top 3', async ({ page }) => {
  // About 3,700 queries at about 110 ms each (the debounce and the search), typed into four tabs at once.
  test.setTimeout(600_000);
  const result = await measureInFourTabs(page, tuningQueries, 'tuning half');
  expect(result.namesFirst, result.misses.join('\n')).toBe(result.names);
  expect(result.top3 / tuningQueries.length, result.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
});

/**
 * Later batches that do not meet the 98% yet: their count within the top 3
 * is a floor, raised when batches join and as queries are fixed, and lowered
 * only with a reason given in the commit that lowers it (the history of the
 * floor is in git, with each change's effect on it).
 */
const laterFloor = 7770;
test(`the later query batches find no fewer pages within the top 3 than their floor (${laterFloor} of ${laterQueries.length})`, async ({ page }) => {
  // Several thousand queries, typed into four tabs at once.
  test.setTimeout(600_000);
  const result = await measureInFourTabs(page, laterQueries, 'later batches');
  expect(result.namesFirst, result.misses.join('\n')).toBe(result.names);
  expect(result.top3, result.misses.join('\n')).toBeGreaterThanOrEqual(laterFloor);
});

/**
 * The held-back half is only measured: its misses are never printed, so
 * nobody tunes the search on them. The test guards against regressions; the
 * issue's target (98% within the top 3) is reported, not yet met.
 */
test('the held-back query set: every name first, and no fewer than 95% within the top 3', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  const result = await measure([page], heldBackQueries, 'held-back half');
  expect(result.namesFirst, `${result.names - result.namesFirst} names not first`).toBe(result.names);
  expect(result.top3 / heldBackQueries.length, `${result.misses.length} misses`).toBeGreaterThanOrEqual(0.95);
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

  test('how people ask about the client side finds the page with that client section', async ({ page }) => {
    await page.goto('/');
    // "follow redirect post": any redirect page whose client section says what happens to a POST.
    for (const [query, wanted, within] of [
      ['handle 429 in python', /^\/codes\/429\/$/, 1],
      ['retry after header fetch', /^\/codes\/429\/$/, 3],
      ['follow redirect post', /^\/codes\/(301|302|303|307|308)\/$/, 1],
    ] as const) {
      const urls = await searchBoxUrls(page, query);
      expect(urls.slice(0, within).some((url) => wanted.test(url)), `"${query}" → ${urls.slice(0, 3).join(', ')}`).toBe(true);
      const path = urls.find((url) => wanted.test(url)) ?? '';
      const html = await (await page.request.get(path)).text();
      expect(html, `${path} has a client section`).toMatch(/When your client gets/);
    }
  });

  test('a question whose words are mostly the question still finds the code, and the guide', async ({ page }) => {
    await page.goto('/');
    // Without "which", "status", "code" and "best", only "logged" says which code is wanted.
    const urls = await searchBoxUrls(page, 'best status code when not logged in');
    expect(urls.slice(0, 3), urls.join(', ')).toContain('/codes/401/');
    expect(urls.slice(0, 3)).toContain('/choose/');
  });

  test('a question that names no situation has the guide first', async ({ page }) => {
    await page.goto('/');
    // "endpoint" is a word of 410's phrases ("retired api endpoint"), but the question is about any endpoint.
    const urls = await searchBoxUrls(page, 'which status code should my endpoint return');
    expect(urls[0], urls.join(', ')).toBe('/choose/');
  });

  test('a question about codes in the plural has the class page first', async ({ page }) => {
    await page.goto('/');
    // "worked" alone is also a phrase of 204's ("worked, nothing to send back"); "codes" asks for the class.
    const urls = await searchBoxUrls(page, 'which codes mean it worked');
    expect(urls[0], urls.join(', ')).toBe('/codes/2xx/');
  });

  test('a page with several of the words in one search phrase comes before pages that have them apart', async ({ page }) => {
    await page.goto('/');
    // 305's phrase "force clients through a proxy" has "through" and "proxy"; 429 and 3xx have three of the words, each in another phrase.
    const urls = await searchBoxUrls(page, 'server says you must go through a proxy');
    expect(urls[0], urls.join(', ')).toBe('/codes/305/');
  });

  test('a question whose two best codes are compared on a page shows that comparison and the guide among the first three', async ({ page }) => {
    await page.goto('/');
    // 422 and 400 are the best codes for it; the page that weighs them answers the question.
    const urls = await searchBoxUrls(page, 'which status code for validation error');
    expect(urls.slice(0, 3).sort(), urls.join(', ')).toEqual(['/choose/', '/codes/422/', '/compare/400-vs-422/']);
  });

  test('a question whose best code is weighed on a comparison page shows that comparison and the guide among the first three', async ({ page }) => {
    await page.goto('/');
    // 401 is the best code and 422 the second, but no page weighs those two; the page that weighs 401 against 403 answers the question.
    const urls = await searchBoxUrls(page, 'which code for wrong password');
    expect(urls.slice(0, 3), urls.join(', ')).toEqual(['/codes/401/', '/compare/401-vs-403/', '/choose/']);
  });

  test('a question that names a code keeps that code first and still shows the guide among the first three', async ({ page }) => {
    await page.goto('/');
    // 200 comes from the names table, ahead of the full-text results; the guide must not be pushed below it.
    const urls = await searchBoxUrls(page, 'should api return 200 with error in body');
    expect(urls[0], urls.join(', ')).toBe('/codes/200/');
    expect(urls.slice(0, 3), urls.join(', ')).toContain('/choose/');
  });

  test('two situations set side by side, or one situation asked as "status code for …", show the page that compares their codes: first for "vs", third for "or"', async ({ page }) => {
    await page.goto('/');
    // The words name no code; the two best codes found for them are weighed on one page.
    const versus = await searchBoxUrls(page, 'upstream crashed vs upstream too slow');
    expect(versus[0], versus.join(', ')).toBe('/compare/502-vs-503-vs-504/');
    // 403, 405 and 401 are found; the two of them weighed on one page are 401 and 403.
    const pair = await searchBoxUrls(page, 'not logged in vs not allowed error');
    expect(pair[0], pair.join(', ')).toBe('/compare/401-vs-403/');
    // For "or", the two codes (in either order) come first and the page weighing them third.
    const either = await searchBoxUrls(page, 'route has no such method or server has none');
    expect(either.slice(0, 2).sort(), either.join(', ')).toEqual(['/codes/405/', '/codes/501/']);
    expect(either[2], either.join(', ')).toBe('/compare/405-vs-501/');
    // "status code for …" asks which of the codes found fits one situation: 422 and 400, then the page weighing them.
    const framed = await searchBoxUrls(page, 'status code for validation failure rest api');
    expect(framed.slice(0, 3), framed.join(', ')).toEqual(['/codes/422/', '/codes/400/', '/compare/400-vs-422/']);
    // 404, 201 and 410 are found: the page weighing two of the three, 404 and 410, comes third.
    const deleted = await searchBoxUrls(page, 'status for soft deleted item');
    expect(deleted.slice(0, 3), deleted.join(', ')).toEqual(['/codes/404/', '/codes/201/', '/compare/404-vs-410/']);
  });

  test('a reader who types into the box before its script has run still gets results', async ({ page }) => {
    // A slow connection: the search script arrives a second after the page is shown.
    await page.route(/SearchBox[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto('/codes/404/', { waitUntil: 'commit' });
    const box = page.getByRole('searchbox', { name: 'Search status codes' });
    await box.click();
    await page.keyboard.type('success response');
    await expect(page.locator('.search-results a').first()).toHaveAttribute('href', '/codes/200/');
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

  test('a result reached with the arrow keys keeps focus when the full-text results arrive', async ({ page }) => {
    // Pagefind arrives late, as on a slow network: the reader is already on the instant answer.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('too many requests');
    await expect(page.locator('.search-results a').first()).toHaveAttribute('href', '/codes/429/');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
    await expect(page.locator('.search-results a[href="/codes/429/"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/429\/$/);
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
