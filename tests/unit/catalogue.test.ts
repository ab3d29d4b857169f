/**
 * The checks across pages: file names, duplicates, links to codes without a
 * page, missing example programs and missing sections each fail with a
 * message naming the file and the field.
 */
import { describe, expect, test } from 'vitest';
import { codeSchema } from '../../src/lib/code-schema.ts';
import { findCatalogueProblems, type CatalogueEntry } from '../../src/lib/catalogue.ts';
import { examplePrograms } from '../../src/lib/example-programs.ts';
import { validFrontmatter } from '../support/fixtures.ts';

const body = '## What it means\n\nText.\n\n## Common causes\n\n- One.\n\n## How to fix\n\nText.\n';

function page(code: number, overrides: Record<string, unknown> = {}, file = `content/codes/${code}.mdx`): CatalogueEntry {
  const other = code === 200 ? 201 : 200;
  const notFor = [{ code: other, when: 'Another code fits this situation better.' }];
  const exchange = { request: 'GET / HTTP/1.1\n', response: `HTTP/1.1 ${code} Reason\n` };
  return { file, data: codeSchema.parse({ ...validFrontmatter(), code, related: [other], notFor, exchange, ...overrides }), body };
}

const everyExampleExists = (): boolean => true;

test('a consistent set of pages has no problems', () => {
  expect(findCatalogueProblems([page(200), page(201)], everyExampleExists)).toEqual([]);
});

describe('reports', () => {
  test('a file name that differs from its code', () => {
    expect(findCatalogueProblems([page(200), page(201, {}, 'content/codes/202.mdx')], everyExampleExists)).toContain(
      'content/codes/202.mdx: code: is 201, but the file is named 202; name it 201.mdx',
    );
  });

  test('two files with one code', () => {
    expect(findCatalogueProblems([page(200), page(201), page(201, {}, 'content/codes/201.md')], everyExampleExists)).toContain(
      'content/codes/201.md: code: 201 is already described by content/codes/201.mdx',
    );
  });

  test('a related code without a page', () => {
    expect(findCatalogueProblems([page(200), page(201, { related: [200, 418] })], everyExampleExists)).toEqual([
      'content/codes/201.mdx: related.1: 418 has no page (add content/codes/418.mdx or remove it)',
    ]);
  });

  test('a "when not to use it" code without a page', () => {
    const notFor = [{ code: 202, when: 'The work is queued and not done yet.' }];
    expect(findCatalogueProblems([page(200), page(201, { notFor })], everyExampleExists)).toEqual([
      'content/codes/201.mdx: notFor.0.code: 202 has no page (add content/codes/202.mdx or remove it)',
    ]);
  });

  test('a missing example program', () => {
    const pages = [page(200), page(201)];
    const missing = examplePrograms(pages[1]!.data).find((program) => program.framework === 'flask' && program.role === 'example')?.file;
    expect(findCatalogueProblems(pages, (path) => path !== missing)).toEqual([
      'content/codes/201.mdx: example: content/examples/201/app.py is missing',
    ]);
  });

  test('a body without the required sections', () => {
    const entry = { ...page(201), body: '## What it means\n\nText.\n\n## How to fix\n\nText.\n' };
    expect(findCatalogueProblems([page(200), entry], everyExampleExists)).toEqual([
      'content/codes/201.mdx: body: must have exactly the sections "## What it means", "## Common causes", "## How to fix" in that order (found "## What it means", "## How to fix")',
    ]);
  });
});
