/** Links in the MDX prose reach existing pages and anchors, or the build names the file and line. */
import { expect, test } from 'vitest';
import { findBrokenProseLinks, proseLinks, siteIndex } from '../../src/lib/prose-links.ts';

const index = siteIndex({
  codes: [
    { code: 404, body: '## What it means\n\n### Soft 404s\n' },
    { code: 429, body: '## What it means\n' },
  ],
  comparisons: [{ slug: '429-vs-503', body: '## How to tell them apart\n' }],
  guideIds: ['start', 'auth-401'],
});

test('finds Markdown links and href attributes with their line, but not links shown in inline code', () => {
  const body = 'See [429](/codes/429/).\n\nOr <a href="#how-to-fix">fix it</a>, not `[x](/nope/)`.\n[RFC](https://www.rfc-editor.org/rfc/rfc9110.html)';
  expect(proseLinks(body, 40)).toEqual([
    { target: '/codes/429/', line: 40 },
    { target: '#how-to-fix', line: 42 },
  ]);
});

test('accepts links to pages, section anchors, body headings and guide steps', () => {
  const body = [
    '[a](/codes/429/) [b](/codes/404/#soft-404s) [c](/compare/429-vs-503/#how-to-tell-them-apart)',
    '[d](#when-not-to-use) [e](/choose/#auth-401) [f](/codes/4xx/) [g](/codes/429)',
  ].join('\n');
  expect(findBrokenProseLinks('content/codes/429.mdx', body, 10, '/codes/429/', index)).toEqual([]);
});

test('names file and line for a missing page and a missing anchor', () => {
  const body = 'Intro.\n[gone](/codes/999/) and [here](#nope).';
  expect(findBrokenProseLinks('content/codes/429.mdx', body, 60, '/codes/429/', index)).toEqual([
    'content/codes/429.mdx:61: link to /codes/999/: there is no page /codes/999/ (internal links end with "/", e.g. /codes/429/)',
    expect.stringMatching(/^content\/codes\/429\.mdx:61: link to #nope: \/codes\/429\/ has no anchor #nope \(it has #at-a-glance, /),
  ]);
});

test('frontmatter sentences may use code, bold and links, and nothing else', async () => {
  const { inlineParts } = await import('../../src/lib/inline-markup.ts');
  expect(inlineParts('Send `Retry-After`, as **RFC 6585** asks ([RFC 6585 §4](https://www.rfc-editor.org/rfc/rfc6585.html#section-4)).')).toEqual([
    { kind: 'text', text: 'Send ' },
    { kind: 'code', text: 'Retry-After' },
    { kind: 'text', text: ', as ' },
    { kind: 'strong', text: 'RFC 6585' },
    { kind: 'text', text: ' asks (' },
    { kind: 'link', text: 'RFC 6585 §4', href: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-4' },
    { kind: 'text', text: ').' },
  ]);
  expect(inlineParts('[not a link](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[not a link](javascript:alert(1))' }]);
});

test('site links in frontmatter are checked too, naming the field', async () => {
  const { findBrokenFrontmatterLinks } = await import('../../src/lib/prose-links.ts');
  const data = { notFor: [{ code: 404, when: 'See [404](/codes/404/#soft-404s) and [nope](/codes/999/).' }] };
  expect(findBrokenFrontmatterLinks('content/codes/429.mdx', data, '/codes/429/', index)).toEqual([
    'content/codes/429.mdx: notFor.0.when: link to /codes/999/: there is no page /codes/999/ (internal links end with "/", e.g. /codes/429/)',
  ]);
});
