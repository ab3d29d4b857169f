/**
 * The real content passes the same checks the build applies: every page's
 * frontmatter is valid and the pages agree with each other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findCatalogueProblems } from '../../src/lib/catalogue.ts';
import { findComparisonProblems } from '../../src/lib/comparison-catalogue.ts';
import { findGuideProblems } from '../../src/lib/guide-schema.ts';
import { statusLine } from '../../src/lib/code-title.ts';
import { codesDirectory, comparisonsDirectory, examplesDirectory, loadCodeFiles, loadComparisonFiles, loadGuide, schemaProblems } from '../support/content.ts';

const exampleExists = (path: string): boolean => existsSync(join(examplesDirectory, path));
const codeHasPage = (code: number): boolean => existsSync(join(codesDirectory, `${code}.mdx`));

test('every page under content/codes is valid and links only to codes that have pages', () => {
  const pages = loadCodeFiles();
  expect(schemaProblems.join('\n')).toBe('');
  expect(pages.length).toBeGreaterThan(0);
  expect(findCatalogueProblems(pages, exampleExists)).toEqual([]);
});

test('every comparison under content/comparisons is valid and compares codes that have pages', () => {
  schemaProblems.length = 0;
  const comparisons = loadComparisonFiles();
  expect(schemaProblems.join('\n')).toBe('');
  expect(comparisons.length).toBeGreaterThan(0);
  expect(findComparisonProblems(comparisons, codeHasPage, exampleExists)).toEqual([]);
});

test('the guide leads from its first question to codes that have pages, without loops or dead ends', () => {
  const comparisonExists = (slug: string): boolean => existsSync(join(comparisonsDirectory, `${slug}.mdx`));
  expect(findGuideProblems('content/guide.yaml', loadGuide(), codeHasPage, comparisonExists)).toEqual([]);
});

test('the status line under a title is the one a client receives: the registered phrase, the sender’s own phrase or none, and no line for a code never sent', () => {
  const lines = new Map(loadCodeFiles().map((page) => [page.data.code, statusLine(page.data)]));
  expect(lines.get(200)).toBe('HTTP/1.1 200 OK');
  expect(lines.get(413)).toBe('HTTP/1.1 413 Content Too Large');
  expect(lines.get(523)).toBe('HTTP/1.1 523 <none>');
  expect(lines.get(418)).toBe("HTTP/1.1 418 I'm a teapot");
  expect(lines.get(499)).toBeUndefined();
  expect(lines.get(494)).toBeUndefined();
});
