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
