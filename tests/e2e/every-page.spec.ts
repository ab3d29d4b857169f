/**
 * What must hold on every built page: it loads without console errors, has no
 * accessibility violations (axe) in light and dark, does not scroll sideways
 * on a 320 px screen, and each internal link and anchor on it resolves.
 */
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenClasses } from '../../src/lib/highlight.ts';
import { builtFile, builtPages } from './site-pages.ts';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * One browser page per worker, with axe-core loaded into every document it
 * opens. A fresh context and a 500 KB script injection per page cost more
 * than axe's checks themselves (about 1.5 s of 2.6 s a page).
 */
const test = base.extend<object, { axePage: Page }>({
  axePage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await context.addInitScript({ content: axeSource });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * The violations of the rules `only` (or of every rule but `skip`), one line
 * each. Highlighted code is left out: its token colours are checked
 * exhaustively below.
 */
async function axeViolations(page: Page, rules: { only?: string[]; skip?: string[] }): Promise<string[]> {
  return page.evaluate(async ({ only, skip }) => {
    const results = await window.axe.run(
      { exclude: [['.code-block pre']] },
      {
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : { rules: Object.fromEntries((skip ?? []).map((id) => [id, { enabled: false }])) }),
      },
    );
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, rules);
}

const pages = builtPages();

test('the build has the home page, the 404 page and a page per code', () => {
  for (const sample of contrastSamples) expect(pages).toContain(sample);
  expect(pages.filter((path) => /^\/codes\/\d{3}\/$/.test(path)).length).toBeGreaterThanOrEqual(16);
});

/** Each linked page is fetched once per worker: its status and the ids it defines. */
const fetched = new Map<string, Promise<{ status: number; ids: Set<string> }>>();
function fetchPage(request: APIRequestContext, path: string): Promise<{ status: number; ids: Set<string> }> {
  let result = fetched.get(path);
  if (!result) {
    result = request.get(path).then(async (response) => ({
      status: response.status(),
      ids: new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)),
    }));
    fetched.set(path, result);
  }
  return result;
}


/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string): number => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`code token colours reach 4.5:1 on the code background (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/codes/200/');
    const classes = Object.entries(tokenClasses);
    const colours = await page.locator('.code-block pre').first().evaluate((pre, classes) => {
      const probes = classes.map(([name, className]) => {
        const span = document.createElement('span');
        span.className = className;
        span.textContent = 'x';
        pre.append(span);
        return { name, colour: getComputedStyle(span).color };
      });
      return { background: getComputedStyle(pre).backgroundColor, text: getComputedStyle(pre).color, probes };
    }, classes);
    const weak = [{ name: 'plain text', colour: colours.text }, ...colours.probes]
      .map(({ name, colour }) => ({ name, ratio: contrast(colour, colours.background) }))
      .filter(({ ratio }) => ratio < 4.5)
      .map(({ name, ratio }) => `${name}: ${ratio.toFixed(2)}:1`);
    expect(weak).toEqual([]);
  });
}

/**
 * Colour contrast comes from the stylesheet every page shares, not from a
 * page's words, and it is axe's slowest rule by far; so it runs, in light and
 * dark, on one page of each kind: home, 404, a class page, a registered code
 * with tables, a code whose example carries a framework note, an
 * unofficial code, a comparison and the guide. Every other rule runs on every page.
 */
const contrastSamples = new Set(['/', '/404.html', '/codes/4xx/', '/codes/401/', '/codes/103/', '/codes/499/', '/compare/401-vs-403/', '/choose/']);

for (const path of pages) {
  test.describe(path, () => {
    test('loads without console errors, has no axe violations and does not scroll sideways on a 320 px screen', async ({ axePage: page }) => {
      const errors: string[] = [];
      const onConsole = (message: { type(): string; text(): string }): void => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
      };
      const onError = (error: Error): void => {
        errors.push(`uncaught: ${error.message}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', onError);
      try {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.setViewportSize({ width: 1280, height: 720 });
        const response = await page.goto(path);
        expect(response?.status(), `${path} status`).toBe(200);
        expect(await axeViolations(page, { skip: ['color-contrast'] }), `axe on ${path}`).toEqual([]);
        if (contrastSamples.has(path)) {
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            expect(await axeViolations(page, { only: ['color-contrast', 'link-in-text-block'] }), `contrast on ${path} (${colorScheme})`).toEqual([]);
          }
        }
        // A phone: code blocks and wide tables scroll inside themselves; the page itself must not.
        await page.setViewportSize({ width: 320, height: 720 });
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const overflowing = [...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('pre, table'));
          return { scrollWidth: document.documentElement.scrollWidth, overflowing: overflowing.slice(0, 3).map((element) => `<${element.tagName.toLowerCase()}> ${element.textContent?.slice(0, 60) ?? ''}`) };
        });
        expect(wide.scrollWidth, `${path} at 320 px is ${wide.scrollWidth} px wide: ${wide.overflowing.join('; ')}`).toBeLessThanOrEqual(320);
        expect(errors, `console errors on ${path}`).toEqual([]);
      } finally {
        page.off('console', onConsole);
        page.off('pageerror', onError);
      }
    });

    test('every internal link and anchor resolves', async ({ request }) => {
      const html = readFileSync(builtFile(path), 'utf8');
      const origin = 'http://localhost';
      const hrefs = [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'), origin + path).href);
      const internal = [...new Set(hrefs)].filter((href) => new URL(href).origin === origin);
      const broken: string[] = [];
      for (const href of internal) {
        const url = new URL(href);
        const target = await fetchPage(request, url.pathname + url.search);
        if (target.status !== 200) {
          broken.push(`${href} → ${target.status}`);
        } else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${href} → no element with id "${url.hash.slice(1)}"`);
        }
      }
      expect(broken, `broken links on ${path}`).toEqual([]);
    });
  });
}
