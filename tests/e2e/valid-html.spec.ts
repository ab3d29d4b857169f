/**
 * Every built HTML file is valid HTML, by the W3C Nu HTML Checker (vnu, the
 * engine behind validator.w3.org/nu), with zero errors; html-validate then adds
 * the rules vnu does not have (a <button> without a type, ARIA roles where a
 * native element exists, …).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { builtFile, builtPages, distDirectory, shortUrlPages } from './site-pages.ts';

/** The checker itself, from the `vnu-jar` package; it runs on the system's Java. */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

test('the W3C Nu HTML Checker finds no error in any built page', () => {
  test.setTimeout(120_000);
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error('Java is needed to run the Nu HTML Checker: apt-get install -y default-jre-headless (or any Java 11+ on PATH)');
  }
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', distDirectory], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = relative(distDirectory, new URL(message.url).pathname);
      return `${file}:${message.lastLine ?? '?'}:${message.lastColumn ?? '?'}: ${message.message}${message.extract ? ` (…${message.extract.trim()}…)` : ''}`;
    });
  expect(errors).toEqual([]);
  expect(builtPages().length).toBeGreaterThan(100);
});

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki and Astro write inline styles and long lines; neither is an error.
    'no-inline-style': 'off',
    // Astro's compressed output omits optional whitespace, not content.
    'attribute-boolean-style': 'off',
    // Ids such as "2xx" are valid HTML5; the strict rule wants a leading letter.
    'valid-id': ['error', { relaxed: true }],
    // The search form has one field: Enter submits it (implicit submission), with or without JavaScript.
    'wcag/h32': 'off',
  },
});

test('html-validate finds nothing either', async () => {
  const reports = [];
  for (const path of [...builtPages(), ...shortUrlPages()]) {
    const file = builtFile(path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    if (!report.valid) reports.push(report);
  }
  const text = reports.length ? formatterFactory('text')(reports.flatMap((report) => report.results)) : '';
  expect(text).toBe('');
});
