/** The names table answers a query that names a page at once, before Pagefind loads. */
import { expect, test } from 'vitest';
import { constantName, constantNames, nameMatches, nameScore, type NameEntry } from '../../src/lib/search-names.ts';
import { statusClasses } from '../../src/lib/status-class.ts';

const entry = (code: string, name: string, aliases: string[] = [], constants: string[] = []): NameEntry => ({
  url: `/codes/${code}/`,
  code,
  name,
  aliases,
  classId: `${code.charAt(0)}xx`,
  label: '',
  unofficial: false,
  vendor: [],
  constants,
});
const entries = [
  entry('300', 'Multiple Choices', [], constantNames(['HttpStatusCode.MultipleChoices', 'HttpStatusCode.Ambiguous'], ['Multiple Choices'])),
  entry('301', 'Moved Permanently', [], constantNames(['HttpResponsePermanentRedirect'], ['Moved Permanently'])),
  entry('307', 'Temporary Redirect', [], constantNames(['HttpStatusCode.TemporaryRedirect', 'HttpStatusCode.RedirectKeepVerb'], ['Temporary Redirect'])),
  entry('401', 'Unauthorized'),
  entry('403', 'Forbidden'),
  entry('404', 'Not Found'),
  entry('413', 'Content Too Large', ['Payload Too Large', 'Request Entity Too Large']),
  entry('412', 'Precondition Failed'),
  entry('418', "I'm a teapot", [], ['teapot']),
  entry('429', 'Too Many Requests'),
  entry('431', 'Request Header Fields Too Large'),
  entry('502', 'Bad Gateway'),
  entry('308', 'Permanent Redirect'),
  entry('410', 'Gone', [], constantNames(['HttpResponseGone'], ['Gone'])),
  entry('409', 'Conflict'),
  entry('203', 'Non-Authoritative Information'),
  { ...entry('301 vs 302 vs 307 vs 308', '301 Moved Permanently vs 302 Found vs 307 Temporary Redirect vs 308 Permanent Redirect'), url: '/compare/301-vs-302-vs-307-vs-308/' },
  { ...entry('401 vs 403', '401 Unauthorized vs 403 Forbidden'), url: '/compare/401-vs-403/' },
  { ...entry('3xx', 'Redirection', statusClasses.find((statusClass) => statusClass.id === '3xx')?.aliases), url: '/codes/3xx/', classId: '3xx' },
  { ...entry('4xx', 'Client Error'), url: '/codes/4xx/', classId: '4xx' },
  { ...entry('5xx', 'Server Error'), url: '/codes/5xx/', classId: '5xx' },
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
  expect(codes('401 vs 403')).toEqual(['401 vs 403']);
  // Numbers that are not codes (a port, an error number) do not count.
  expect(codes("Max retries exceeded with url: /v1 (port=443) (Caused by ResponseError('too many 502 error responses'))")[0]).toBe('502');
  // Nor does a number inside an address or a version.
  expect(codes('API rate limit exceeded for 203.0.113.7.')).toEqual([]);
  expect(codes('upstream 10.0.0.203:8080 returned 502.')[0]).toBe('502');
});

test('an exception class named after a code finds that code first', () => {
  expect(codes('ConflictError: Conflict http-errors')[0]).toBe('409');
  expect(codes('aiohttp HTTPConflict')[0]).toBe('409');
  expect(codes('GoneHttpException symfony')[0]).toBe('410');
  expect(codes('ForbiddenException: Forbidden resource')[0]).toBe('403');
  // A class named after something else is not a code's name.
  expect(codes('ValueError: invalid literal for int()')).toEqual([]);
  expect(codes('TimeoutError: signal timed out')).toEqual([]);
});

test('a failed test assertion finds the code the server sent, not the one the test expected', () => {
  expect(codes('java.lang.AssertionError: Status expected:<201> but was:<413>')[0]).toBe('413');
  expect(codes('Expected status code <200> but was <404>.')[0]).toBe('404');
  expect(codes('expected response to have status code 401 but got 502')[0]).toBe('502');
  expect(codes('Expected response status code [203] but received 308.')[0]).toBe('308');
  expect(codes('status code was: 404, expected: 201')[0]).toBe('404');
  expect(codes('Expected: 404 Received: 429')[0]).toBe('429');
  // Without "expected", two codes are two codes: neither is the one sent.
  expect(codes('429 was returned and then 502')).toEqual([]);
});

test('a class said by its first code finds the class before that code', () => {
  expect(codes('what do all the 500 something errors mean')).toEqual(['5xx']);
  expect(codes('400 level errors')).toEqual(['4xx']);
  expect(codes('the 500s')).toEqual(['5xx']);
  expect(codes('what do error codes starting with 5 mean')).toEqual(['5xx']);
  expect(codes('status codes that begin with 4')).toEqual(['4xx']);
  expect(codes('rust is_server_error retry on any 500-599 response')).toEqual(['5xx']);
  expect(codes('codes between 400 and 499')).toEqual(['4xx']);
  // A code alone is that code.
  expect(codes('500 errors')).toEqual([]);
});

test('a class named among other words finds the class page, unless a code is named too', () => {
  expect(codes('HTTPCode_ELB_5XX_Count alarm on application load balancer')).toEqual(['5xx']);
  expect(codes('nginx 4xx errors spike')).toEqual(['4xx']);
  expect(codes('4xx vs 5xx')).toEqual([]);
  expect(codes('502 among the 5xx errors')).toEqual(['502']);
});

test('a class named by its name and the word "class" finds the class page first', () => {
  expect(codes('server error response class')[0]).toBe('5xx');
  expect(codes('redirection class location header')[0]).toBe('3xx');
  expect(codes('client error class')[0]).toBe('4xx');
  // Without the word "class", the class's name among other words is left to full-text search.
  expect(codes('redirection location header')).toEqual([]);
});

test('a query joining the names of the sides of a comparison finds that comparison first, in any order', () => {
  expect(codes('forbidden vs unauthorized')[0]).toBe('401 vs 403');
  expect(codes('permanent or temporary redirect')[0]).toBe('301 vs 302 vs 307 vs 308');
  expect(codes('difference between moved permanently and 308')[0]).toBe('301 vs 302 vs 307 vs 308');
  // A part that names no side leaves the comparison out.
  expect(codes('forbidden vs bad gateway')).not.toContain('401 vs 403');
});

test('a query naming two or more codes of one comparison finds that comparison first, whatever the words around them', () => {
  expect(codes('301 vs 308 for http to https')).toEqual(['301 vs 302 vs 307 vs 308']);
  expect(codes('should a login page answer 401 or 403')).toEqual(['401 vs 403']);
  expect(codes('401 or 404')).toEqual([]);
});

test('a pasted message that quotes a name, or spells it as an identifier, finds that page', () => {
  expect(codes('PayloadTooLargeError: request entity too large')[0]).toBe('413');
  expect(codes('TooManyRequests')[0]).toBe('429');
  // A redirect loop, whatever the client calls it, is explained on the 3xx page.
  expect(codes('requests.exceptions.TooManyRedirects: Exceeded 30 redirects.')[0]).toBe('3xx');
  expect(codes('localhost redirected you too many times. ERR_TOO_MANY_REDIRECTS')[0]).toBe('3xx');
});

test('a name being typed already finds its page', () => {
  expect(codes('too many')[0]).toBe('429');
  expect(codes('request ent')).toEqual(['413']);
});

test('a constant from any language finds its code first, even a name its reason phrase does not spell', () => {
  expect(constantName('HttpStatusCode.RedirectKeepVerb')).toBe('redirectkeepverb');
  expect(constantName('http.StatusTeapot')).toBe('teapot');
  expect(constantName('Response::HTTP_NOT_FOUND')).toBe('notfound');
  expect(constantName('status.HTTP_404_NOT_FOUND')).toBe('notfound');
  expect(constantName('HttpServletResponse.SC_FORBIDDEN')).toBe('forbidden');
  expect(constantName('too many requests')).toBeUndefined();
  expect(constantNames(['HttpStatusCode.MultipleChoices', 'HttpStatusCode.Ambiguous'], ['Multiple Choices'])).toEqual(['ambiguous']);
  expect(codes('HttpStatusCode.Ambiguous')).toEqual(['300']);
  expect(codes('HttpStatusCode.RedirectKeepVerb')[0]).toBe('307');
  expect(codes('HTTPStatus.TOO_MANY_REQUESTS')[0]).toBe('429');
  expect(codes('http.StatusTeapot')[0]).toBe('418');
  expect(codes('StatusCodes.NOT_FOUND')[0]).toBe('404');
  // ASP.NET Core's StatusCodes put the number in the name.
  expect(constantName('StatusCodes.Status409Conflict')).toBe('conflict');
  expect(codes('StatusCodes.Status404NotFound')[0]).toBe('404');
  // Imported, a constant is typed bare.
  expect(codes('Status404NotFound')[0]).toBe('404');
  expect(constantName('StatusIMUsed')).toBe('imused');
  expect(codes('StatusTeapot')[0]).toBe('418');
  expect(codes('HTTP_404_NOT_FOUND')[0]).toBe('404');
  expect(codes('SC_FORBIDDEN')[0]).toBe('403');
  // Java's HttpURLConnection constants have no number: HTTP_REQ_TOO_LONG is 414, HTTP_GONE 410.
  expect(constantName('HTTP_REQ_TOO_LONG')).toBe('reqtoolong');
  expect(codes('HTTP_GONE')[0]).toBe('410');
  expect(constantName('NotFound')).toBeUndefined();
});

test('a Django response class finds its code by its whole name: HttpResponsePermanentRedirect is 301, not 308 Permanent Redirect', () => {
  expect(constantName('HttpResponseGone')).toBe('httpresponsegone');
  expect(constantName('django.http.HttpResponsePermanentRedirect')).toBe('httpresponsepermanentredirect');
  expect(codes('HttpResponseGone')[0]).toBe('410');
  expect(codes('HttpResponsePermanentRedirect')[0]).toBe('301');
});

test('a name with a slip of the keyboard still finds its page first', () => {
  expect(codes('forbiden')[0]).toBe('403');
  expect(codes('bad gatway')[0]).toBe('502');
  expect(codes('precondtion failed')[0]).toBe('412');
  expect(codes('too many reqeusts')[0]).toBe('429');
  expect(codes('teapott')[0]).toBe('418');
  // Short words are not guessed at: "gone" is not "done", "bad" not "bed".
  expect(codes('bed gateway')).toEqual([]);
  expect(codes('not fond')).toEqual([]);
});

test('descriptions are left to full-text search', () => {
  expect(codes('rate limit')).toEqual([]);
  expect(codes('server crashed')).toEqual([]);
  expect(nameScore('large', entries.find((page) => page.code === '413')!)).toBe(30);
  expect(codes('40')).toEqual([]);
});

test('the names table travels compact, and every page’s URL, class and label follow from its code', async () => {
  const { expandNamesTable } = await import('../../src/lib/search-names.ts');
  const entries = expandNamesTable({
    classes: { '4xx': 'Client Error' },
    constants: {},
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
