/**
 * What the reader sees of each example: the program with the lines that set
 * the status highlighted, and under each curl line the output the program
 * really printed (recorded from the run the example tests make).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { load } from 'js-yaml';
import { builtFile, builtPages } from './site-pages.ts';

const examplePages = builtPages().filter((path) => /^\/(codes\/\d{3}|compare\/[\d-vs]+)\/$/.test(path));

test('on every code page and comparison, every program has a highlighted line and every curl line its output, with the code marked', () => {
  expect(examplePages.length).toBeGreaterThan(90);
  const problems: string[] = [];
  let programs = 0;
  let outputs = 0;
  for (const path of examplePages) {
    const { document } = parseHTML(readFileSync(builtFile(path), 'utf8'));
    for (const example of document.querySelectorAll('.example')) {
      const program = example.querySelector('pre[data-language="javascript"], pre[data-language="python"]');
      const caption = example.querySelector('figcaption span')?.textContent ?? '?';
      programs += 1;
      if (!program?.querySelector('.hl')) problems.push(`${path} ${caption}: no highlighted line`);
      const curls = example.querySelectorAll('pre[data-language="shellscript"]').length;
      const shown = [...example.querySelectorAll('figure.output pre')];
      outputs += shown.length;
      if (shown.length !== curls) problems.push(`${path} ${caption}: ${curls} curl lines but ${shown.length} outputs`);
      for (const output of shown) {
        const text = output.textContent ?? '';
        const marks = [...output.querySelectorAll('mark')].map((mark) => mark.textContent);
        const statuses = [...text.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((match) => match[1]);
        if (marks.join() !== statuses.join()) problems.push(`${path} ${caption}: marked ${marks.join()} on status lines ${statuses.join()}`);
        if (statuses.length === 0 && !text.startsWith('curl: (52)')) problems.push(`${path} ${caption}: output without a status line: ${text.slice(0, 80)}`);
      }
    }
  }
  let clients = 0;
  for (const path of examplePages) {
    const { document } = parseHTML(readFileSync(builtFile(path), 'utf8'));
    for (const client of document.querySelectorAll('.client-program')) {
      const caption = client.querySelector('figcaption span')?.textContent ?? '?';
      clients += 1;
      // A bad client's mistake is often not a decision on the status, so only the good ones must have a marked line.
      if (!client.closest('.mistake') && !client.querySelector('pre[data-language] .hl')) problems.push(`${path} ${caption}: no highlighted line`);
      if (!caption.includes('server.mjs') && !client.querySelector('figure.output pre')?.textContent) problems.push(`${path} ${caption}: no output`);
    }
  }
  console.log(`${programs} server programs and ${clients} client programs with highlighted lines, ${outputs} outputs on ${examplePages.length} pages`);
  expect(problems).toEqual([]);
});

test.describe('/codes/429/', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/codes/429/');
  });

  test('the line that sends 429 is highlighted in both programs', async ({ page }) => {
    const examples = page.getByRole('region', { name: 'Code examples' });
    await expect(examples.locator('pre[data-language="javascript"] .hl')).toHaveText([/res\.status\(429\)/]);
    await expect(examples.locator('pre[data-language="python"] .hl')).toHaveText([/return body, 429,/]);
    const [highlighted, plain] = await Promise.all([
      examples.locator('.hl').first().evaluate((line) => getComputedStyle(line).backgroundColor),
      examples.locator('pre[data-language="javascript"]').first().evaluate((pre) => getComputedStyle(pre).backgroundColor),
    ]);
    expect(highlighted).not.toBe(plain);
  });

  test('under each curl line, the output the program prints, as recorded from the real run, with 429 marked', async ({ page }) => {
    const recorded = load(readFileSync(new URL('../../content/examples/429/outputs.yaml', import.meta.url), 'utf8')) as Record<string, string[]>;
    const examples = page.getByRole('region', { name: 'Code examples' });
    const outputs = examples.locator('figure.output');
    await expect(outputs).toHaveCount(2);
    await expect(outputs.nth(0).locator('pre')).toHaveText(recorded['app.mjs']![0]!);
    await expect(outputs.nth(1).locator('pre')).toHaveText(recorded['app.py']![0]!);
    await expect(outputs.nth(0).locator('mark')).toHaveText('429');
    await expect(outputs.nth(0)).toContainText('Retry-After: 60');
    await expect(outputs.nth(0).locator('figcaption')).toContainText('The last of the 4 answers');
  });
});
