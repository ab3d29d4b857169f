/**
 * The frontmatter schema accepts a complete page and rejects each kind of
 * mistake with a message that names the file and the field.
 */
import { describe, expect, test } from 'vitest';
import { codeSchema } from '../../src/lib/code-schema.ts';
import { describeSchemaError } from '../../src/lib/content-files.ts';
import { validFrontmatter } from '../support/fixtures.ts';

function errorsFor(frontmatter: Record<string, unknown>): string {
  const result = codeSchema.safeParse(frontmatter);
  if (result.success) throw new Error('expected the schema to reject this frontmatter');
  return describeSchemaError('content/codes/201.mdx', result.error, codeSchema);
}

test('accepts a complete page and fills in the defaults', () => {
  const data = codeSchema.parse(validFrontmatter());
  expect(data.aliases).toEqual([]);
  expect(data.example.request.headers).toEqual({});
  expect(data.example.request.repeat).toBe(1);
  expect(data.practice.request.method).toBe('POST');
});

describe('rejects, naming the file and the field', () => {
  test.each([
    ['a code given as a string', { code: '201' }, 'content/codes/201.mdx: code: must be a number such as 200 (no quotes)'],
    ['a code outside 100–599', { code: 600 }, 'content/codes/201.mdx: code: must be between 100 and 599'],
    ['a missing reason phrase', { reason: undefined }, 'content/codes/201.mdx: reason:'],
    ['a summary that is not a sentence', { summary: 'Created.' }, 'content/codes/201.mdx: summary: must be one full sentence'],
    ['no search phrases', { keywords: [] }, 'content/codes/201.mdx: keywords: needs at least one search phrase'],
    ['no related code', { related: [] }, 'content/codes/201.mdx: related: needs at least one related code'],
    ['a page related to itself', { related: [201] }, 'content/codes/201.mdx: related: must not list the page’s own code'],
    ['neither spec nor unofficial', { spec: undefined }, 'content/codes/201.mdx: spec: give exactly one of `spec`'],
    [
      'both spec and unofficial',
      { unofficial: { usedBy: 'nginx' } },
      'content/codes/201.mdx: spec: give exactly one of `spec` (a registered code) and `unofficial` (who uses it)',
    ],
    [
      'a spec link that is not https',
      { spec: { document: 'RFC 9110', section: '15.3.2', url: 'http://example.com/' } },
      'content/codes/201.mdx: spec.url: must be an https:// link to the section',
    ],
    [
      'a spec section that is not a number',
      { spec: { document: 'RFC 9110', section: '§15', url: 'https://www.rfc-editor.org/rfc/rfc9110.html' } },
      'content/codes/201.mdx: spec.section: must be a section number such as "15.3.1"',
    ],
    [
      'an unknown field (a typo)',
      { relatd: [200] },
      'content/codes/201.mdx: relatd: is not a known field; the fields here are code, reason, summary, spec, unofficial, aliases, keywords, seen, related, notFor, facts, exchange, example, practice',
    ],
    [
      'an unknown field inside another',
      { facts: { storage: 'explicit', body: true, retry: 'no', colour: 'red' } },
      'content/codes/201.mdx: facts.colour: is not a known field; the fields here are',
    ],
    ['a missing required field', { summary: undefined }, 'content/codes/201.mdx: summary: is missing; expected string'],
    [
      'an example path without a leading slash',
      { example: { request: { path: 'users' }, expect: { status: 201 } } },
      'content/codes/201.mdx: example.request.path: must start with "/"',
    ],
    [
      'an exchange whose status line is another code',
      { exchange: { request: 'GET / HTTP/1.1\n', response: 'HTTP/1.1 200 OK\n' } },
      'content/codes/201.mdx: exchange.response: must show the status line "HTTP/1.1 201 Created"',
    ],
    [
      'redirect facts on a code that is not 3xx',
      { facts: { storage: 'explicit', body: true, retry: 'no', redirect: { follow: 'automatic', method: 'becomes-get' } } },
      'content/codes/201.mdx: facts.redirect: is only for 3xx codes',
    ],
    [
      'a retry after a delay without the Retry-After header it points to',
      { facts: { storage: 'explicit', body: true, retry: 'after-delay' } },
      'content/codes/201.mdx: facts.retry: "after-delay" points to Retry-After, so facts.headers must list it',
    ],
    [
      'a retry advice that does not exist',
      { facts: { storage: 'explicit', body: true, retry: 'sometimes' } },
      'content/codes/201.mdx: facts.retry:',
    ],
    [
      'an unknown practice framework',
      { practice: { ...(validFrontmatter()['practice'] as object), framework: 'django' } },
      'content/codes/201.mdx: practice.framework:',
    ],
  ])('%s', (_name, change, message) => {
    expect(errorsFor({ ...validFrontmatter(), ...change })).toContain(message);
  });
});
