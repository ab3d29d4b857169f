import { expect, test } from 'vitest';
import { asksForACode, asksInGeneral, boost, expandIdentifiers, framesASubject, isRealMatch, longestPhraseIn, mostWordsInOnePhrase, normalise, rerank, withoutQuestionWords } from '../../src/lib/search-ranking.ts';

const page = (code: string, title: string, keywords: string, score = 1) => ({ code, title, keywords, score });
const comparison = (code: string, title: string, keywords: string, score = 1) => ({ code, title, keywords, score, kind: 'Comparison' });

test('normalise ignores case, apostrophes, punctuation and stop words', () => {
  expect(normalise("  I'm a Teapot! ")).toBe('im teapot');
  expect(normalise('Server is down')).toBe('server down');
});

test('a number, a reason phrase and an everyday phrase each pull their page up', () => {
  const teapot = page('418', '418 (Unused)', "I'm a teapot, teapot");
  expect(boost('418', teapot)).toBe(100);
  expect(boost("i'm a teapot", teapot)).toBe(12);
  expect(boost('teapot', teapot)).toBe(12);
  expect(boost('the teapot', teapot)).toBe(12);
  expect(boost('teapot error', teapot)).toBe(1);
  expect(boost('im', teapot)).toBe(6);
  expect(boost('coffee', teapot)).toBe(1);
});

test('a page whose name is the query outranks pages that only use its words often', () => {
  const results = [
    page('495', '495 SSL Certificate Error', 'client certificate error', 2.5),
    page('500', '500 Internal Server Error', 'server error', 2.3),
    page('4xx', '4xx Client Error', '', 1.8),
  ];
  expect(rerank('client error', results).map((result) => result.code)).toEqual(['4xx', '495', '500']);
});

test('without a name match, Pagefind’s order stands', () => {
  const results = [page('502', '502 Bad Gateway', 'proxy error', 3), page('504', '504 Gateway Timeout', 'upstream timeout', 2)];
  expect(rerank('nginx logs', results).map((result) => result.code)).toEqual(['502', '504']);
});

test('a prefix fallback is not a match, a stem is', () => {
  expect(isRealMatch('don’t <mark>ban</mark> them', 'bananas')).toBe(false);
  expect(isRealMatch('curl <mark>-X</mark> POST', 'xylophone')).toBe(false);
  expect(isRealMatch('too many <mark>requests</mark>', 'too many request')).toBe(true);
  expect(isRealMatch('<mark>cache</mark> it', 'caching')).toBe(true);
  expect(isRealMatch('<mark>404</mark> Not Found', '404')).toBe(true);
  expect(isRealMatch('<mark>OK</mark>', 'ok')).toBe(true);
  // A stem that shares only three letters with the query's word: "moving" is "moved", "saving" is "save".
  expect(isRealMatch('<mark>Moved</mark> Permanently', 'moving server to new ip')).toBe(true);
  expect(isRealMatch('<mark>save</mark> the form', 'saving')).toBe(true);
  expect(isRealMatch('a <mark>mover</mark>', 'moving')).toBe(false);
  expect(isRealMatch('<mark>sea</mark>', 'seasons')).toBe(false);
});

test('a comparison comes first when the query names it, and after the code pages when it does not', () => {
  const permanentRedirect = page('308', '308 Permanent Redirect', 'keep method, permanent redirect keep method', 2);
  const redirects = comparison('301 vs 308', '301 Moved Permanently vs 308 Permanent Redirect', '301 vs 308, 301 or 308, 308 vs 301, 308 or 301, moved permanently vs permanent redirect', 3);
  const movedPermanently = page('301', '301 Moved Permanently', 'permanent redirect', 2);
  expect(rerank('301 vs 308', [movedPermanently, permanentRedirect, redirects])[0]).toBe(redirects);
  expect(rerank('301 vs. 308', [movedPermanently, permanentRedirect, redirects])[0]).toBe(redirects);
  expect(rerank('308 or 301', [movedPermanently, permanentRedirect, redirects])[0]).toBe(redirects);
  expect(rerank('301 vs 308 for a moved api endpoint', [movedPermanently, permanentRedirect, redirects])[0]).toBe(redirects);
  expect(rerank('moved permanently vs permanent redirect', [movedPermanently, permanentRedirect, redirects])[0]).toBe(redirects);
  expect(rerank('permanent redirect keep method', [redirects, permanentRedirect, movedPermanently])[0]).toBe(permanentRedirect);
  expect(rerank('308', [redirects, permanentRedirect])[0]).toBe(permanentRedirect);
});

test('identifiers in a pasted message are split into words, and kept whole too', () => {
  expect(expandIdentifiers('PayloadTooLargeError: request entity too large')).toBe('PayloadTooLargeError Payload Too Large Error: request entity too large');
  expect(expandIdentifiers('net::ERR_TOO_MANY_REDIRECTS')).toBe('net::ERR_TOO_MANY_REDIRECTS ERR TOO MANY REDIRECTS');
  expect(expandIdentifiers('werkzeug.exceptions.BadRequestKeyError')).toContain('werkzeug exceptions Bad Request Key Error');
  expect(expandIdentifiers('too many requests')).toBe('too many requests');
});

test('an identifier that starts with an acronym keeps the acronym as one word; an acronym’s plural is left alone', () => {
  expect(expandIdentifiers('HTTPForbidden')).toBe('HTTPForbidden HTTP Forbidden');
  expect(expandIdentifiers('URITooLongError http-errors')).toBe('URITooLongError URI Too Long Error http-errors');
  expect(expandIdentifiers('aiohttp web.HTTPBadRequest')).toBe('aiohttp web.HTTPBadRequest web HTTP Bad Request');
  expect(expandIdentifiers('all POSTs take 2 seconds')).toBe('all POSTs take 2 seconds');
});

test('a question that names no situation asks for the guide itself', () => {
  expect(asksInGeneral('which status code should my endpoint return')).toBe(true);
  expect(asksInGeneral('how do i pick the right http status code for my rest api')).toBe(true);
  expect(asksInGeneral('what status code for this error')).toBe(true);
  expect(asksInGeneral('which status code for a business rule violation')).toBe(false);
  expect(asksInGeneral('which success statuses should our api use')).toBe(false);
  expect(asksInGeneral('what does status code 404 mean')).toBe(false);
  // Not a question: no question word.
  expect(asksInGeneral('rest api status codes')).toBe(false);
});

test('a question for the guide is searched by the words that say which code it wants', () => {
  expect(asksForACode('which status code for maintenance page')).toBe(true);
  expect(asksForACode('best http response code for failed login')).toBe(true);
  expect(asksForACode('server refuses old http version')).toBe(false);
  expect(asksForACode('how do i pick the right status code for an endpoint')).toBe(true);
  expect(asksForACode('user is logged in but not admin which error do i send')).toBe(true);
  expect(withoutQuestionWords('which status code for maintenance page', ['which', 'status', 'code', 'maintenance', 'page'])).toEqual(['maintenance', 'page']);
  // "codes", "http", "response" and "mean" frame the question too: "worked" is what it asks about.
  expect(withoutQuestionWords('which codes mean the request worked', ['which', 'codes', 'mean', 'request', 'worked'])).toEqual(['request', 'worked']);
  expect(withoutQuestionWords('which http response for failed validation', ['which', 'http', 'response', 'failed', 'validation'])).toEqual(['failed', 'validation']);
  // Not a question: "status" is a word of the page wanted (207 Multi-Status).
  expect(withoutQuestionWords('webdav response with status per resource', ['webdav', 'response', 'status', 'per', 'resource'])).toContain('status');
  // "status code" before what it is for frames the query too; "status" alone, or "codes" in a list, does not.
  expect(withoutQuestionWords('status code when payment fails', ['status', 'code', 'payment', 'fails'])).toEqual(['payment', 'fails']);
  expect(withoutQuestionWords('http status for email not verified', ['http', 'status', 'email', 'verified'])).toEqual(['email', 'verified']);
  expect(withoutQuestionWords('status code during scheduled downtime', ['status', 'code', 'during', 'scheduled', 'downtime'])).toEqual(['during', 'scheduled', 'downtime']);
  expect(withoutQuestionWords('client error codes list', ['client', 'error', 'codes', 'list'])).toEqual(['client', 'error', 'codes', 'list']);
  expect(framesASubject('status code for validation failure rest api')).toBe(true);
  // A query that starts with "status" or "code" and says what it is for: "status for soft deleted item".
  expect(withoutQuestionWords('status for soft deleted item', ['status', 'soft', 'deleted', 'item'])).toEqual(['soft', 'deleted', 'item']);
  expect(framesASubject('code for duplicate signup email')).toBe(true);
  expect(framesASubject('status per resource in webdav')).toBe(false);
  expect(framesASubject('client error codes list')).toBe(false);
  expect(framesASubject('webdav response with status per resource')).toBe(false);
  // "status code" at the end, after what it is for, frames the query too; alone it is all there is.
  expect(withoutQuestionWords('api maintenance window status code', ['api', 'maintenance', 'window', 'status', 'code'])).toEqual(['api', 'maintenance', 'window']);
  expect(withoutQuestionWords('teapot status code', ['teapot', 'status', 'code'])).toEqual(['teapot']);
  expect(withoutQuestionWords('http status', ['http', 'status'])).toEqual(['http', 'status']);
  // Nothing but the question: the guide answers it, on every word.
  expect(withoutQuestionWords('what status code should i return', ['status', 'code', 'should', 'return'])).toEqual(['status', 'code', 'should', 'return']);
});

test('a name framed as a status code, or joined by "vs" instead of "or", is still that name', () => {
  const tooMany = page('429', '429 Too Many Requests', 'rate limit exceeded');
  expect(boost('too many requests status code', tooMany)).toBe(8);
  expect(boost('http too many requests response', tooMany)).toBe(8);
  expect(boost('too many requests error', tooMany)).toBe(1);
  const authentication = comparison('401 vs 403', '401 Unauthorized vs 403 Forbidden', 'authentication vs authorization, not logged in or no permission');
  expect(boost('not logged in vs no permission status code', authentication)).toBe(8);
  expect(boost('status code', page('200', '200 OK', 'status ok'))).toBe(1);
});

test('framing words are taken off the query, not off the page’s phrases: "success response" is 200’s name, not 2xx’s "success codes"', () => {
  expect(boost('success response', page('200', '200 OK', 'success response'))).toBe(12);
  expect(boost('success response', page('2xx', '2xx Success', 'success codes, successful responses'))).toBe(8);
  const results = [page('2xx', '2xx Success', 'success codes', 1.3), page('200', '200 OK', 'success response', 1)];
  expect(rerank('success response', results).map((result) => result.code)).toEqual(['200', '2xx']);
});

test('a pasted message that holds one of a page’s phrases whole counts that phrase’s words', () => {
  const tooLarge = '413 Content Too Large. body too large, request body too large, client_max_body_size';
  expect(longestPhraseIn('Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large.', tooLarge)).toBe(4);
  // The words must be together and in order, and a one-word phrase never counts.
  expect(longestPhraseIn('request too large for the body', tooLarge)).toBe(0);
  expect(longestPhraseIn('access blocked by proxy', '403 Forbidden. blocked, access denied')).toBe(0);
  // Short phrases (under ten letters) are too common to tell pages apart.
  expect(longestPhraseIn('it is not ok at all', '200 OK. not ok')).toBe(0);
});

test('a phrase counts with its stop words, and the title by its name without the number', () => {
  expect(longestPhraseIn('server asks the client to retry with more info', '449 Retry With. missing information')).toBe(2);
  expect(longestPhraseIn('retry later with more info', '449 Retry With. missing information')).toBe(0);
  expect(longestPhraseIn('api answered too many requests again', '429 Too Many Requests. rate limit')).toBe(3);
  // Only the title loses its number: "598 status code" is not held by every "status code for …".
  expect(longestPhraseIn('status code for downstream timeout', '598 Network Read Timeout Error. 598 status code')).toBe(0);
});

test('words a query has in one of a page’s search phrases count, when there are two or more', () => {
  const originDns = '530 Unable to resolve the origin hostname. preventing establishing. Origin DNS Error, cloudflare cannot resolve origin, tunnel down 1033';
  expect(mostWordsInOnePhrase(['cname', 'target', 'resolve', 'behind', 'cloudflare'], originDns)).toBe(2);
  // Words spread over several phrases, or alone in one, do not count.
  expect(mostWordsInOnePhrase(['tunnel', 'dns'], originDns)).toBe(0);
  expect(mostWordsInOnePhrase(['resolve', 'nothing'], originDns)).toBe(0);
  // Another ending of up to three letters is the same word; four shared letters are not.
  expect(mostWordsInOnePhrase(['resolving', 'origins'], originDns)).toBe(2);
  expect(mostWordsInOnePhrase(['excess', 'limiting'], '429 Too Many Requests. rate limit exceeded, quota')).toBe(0);
});

test('neither the title nor the run of words from a page’s messages is one phrase', () => {
  const unsupported = '415 Unsupported Media Type. httpmediatypenotsupportedexception content type. wrong content type, json body without header';
  expect(mostWordsInOnePhrase(['unsupported', 'media', 'type'], unsupported)).toBe(0);
  expect(mostWordsInOnePhrase(['httpmediatypenotsupportedexception', 'content', 'type'], unsupported)).toBe(2);
  // A list too long to be a phrase is not weighed as one.
  expect(mostWordsInOnePhrase(['one', 'nine'], '200 OK. a, one two three four five six seven eight nine')).toBe(0);
});
