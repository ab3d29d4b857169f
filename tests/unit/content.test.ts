/**
 * The real content passes the same checks the build applies: every page's
 * frontmatter is valid and the pages agree with each other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findCatalogueProblems } from '../../src/lib/catalogue.ts';
import { examplesDirectory, loadCodeFiles, schemaProblems } from '../support/content.ts';

test('every page under content/codes is valid and links only to codes that have pages', () => {
  const pages = loadCodeFiles();
  expect(schemaProblems.join('\n')).toBe('');
  expect(pages.length).toBeGreaterThan(0);
  expect(findCatalogueProblems(pages, (path) => existsSync(join(examplesDirectory, path)))).toEqual([]);
});
