/** The names table answers a query that names a page at once, before Pagefind loads. */
import { expect, test } from 'vitest';
import { nameMatches, nameScore, type NameEntry } from '../../src/lib/search-names.ts';

const entry = (code: string, name: string, aliases: string[] = []): NameEntry => ({
  url: `/codes/${code}/`,
  code,
  name,
  aliases,
  classId: `${code.charAt(0)}xx`,
  label: '',
  unofficial: false,
  vendor: [],
});
const entries = [
  entry('404', 'Not Found'),
  entry('413', 'Content Too Large', ['Payload Too Large', 'Request Entity Too Large']),
  entry('418', "I'm a teapot"),
  entry('429', 'Too Many Requests'),
  entry('431', 'Request Header Fields Too Large'),
];
const codes = (query: string): string[] => nameMatches(query, entries).map((match) => match.code);

test('a number, a reason phrase or a former name finds its page first', () => {
  expect(codes('404')).toEqual(['404']);
  expect(codes('too many requests')[0]).toBe('429');
  expect(codes('Payload too large')[0]).toBe('413');
  expect(codes('request entity too large')[0]).toBe('413');
  expect(codes('404 not found')).toEqual(['404']);
  expect(codes("I'm a teapot")[0]).toBe('418');
  expect(codes('teapot')[0]).toBe('418');
});

test('a pasted message that carries its code finds that code first', () => {
  expect(codes('AxiosError: Request failed with status code 404')).toEqual(['404']);
  expect(codes('HTTP Error 413 when uploading')).toEqual(['413']);
  expect(codes('401 vs 403')).toEqual([]);
});

test('a pasted message that quotes a name, or spells it as an identifier, finds that page', () => {
  expect(codes('PayloadTooLargeError: request entity too large')[0]).toBe('413');
  expect(codes('TooManyRequests')[0]).toBe('429');
});

test('a name being typed already finds its page', () => {
  expect(codes('too many')).toEqual(['429']);
  expect(codes('request ent')).toEqual(['413']);
});

test('descriptions are left to full-text search', () => {
  expect(codes('rate limit')).toEqual([]);
  expect(codes('server crashed')).toEqual([]);
  expect(nameScore('large', entries[1]!)).toBe(30);
  expect(codes('40')).toEqual([]);
});

test('the names table travels compact, and every page’s URL, class and label follow from its code', async () => {
  const { expandNamesTable } = await import('../../src/lib/search-names.ts');
  const entries = expandNamesTable({
    classes: { '4xx': 'Client Error' },
    pages: [['429', 'Too Many Requests'], ['499', 'Client closed the connection', ['Client Closed Request'], 'nginx'], ['4xx', '4xx Client Error'], ['401 vs 403', '401 Unauthorized vs 403 Forbidden'], ['Guide', 'Which status code should I use?']],
  });
  expect(entries.map(({ url, classId, label, unofficial }) => ({ url, classId, label, unofficial }))).toEqual([
    { url: '/codes/429/', classId: '4xx', label: '4xx Client Error', unofficial: false },
    { url: '/codes/499/', classId: '4xx', label: '4xx Client Error', unofficial: true },
    { url: '/codes/4xx/', classId: '4xx', label: 'Class', unofficial: false },
    { url: '/compare/401-vs-403/', classId: '', label: 'Comparison', unofficial: false },
    { url: '/choose/', classId: '', label: 'Guide', unofficial: false },
  ]);
});
