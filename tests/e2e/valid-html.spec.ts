/** Every built HTML file is valid HTML (html-validate, recommended rules). */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { builtFile, builtPages, shortUrlPages } from './site-pages.ts';

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

test('every built page is valid HTML', async () => {
  const reports = [];
  for (const path of [...builtPages(), ...shortUrlPages()]) {
    const file = builtFile(path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    if (!report.valid) reports.push(report);
  }
  const text = reports.length ? formatterFactory('text')(reports.flatMap((report) => report.results)) : '';
  expect(text).toBe('');
});
