/**
 * Realistic queries, written the way a developer types them (not copied from
 * titles), with the page that must come back. "clear" queries must put it
 * first; "vague" ones within the top three.
 */
export interface SearchQuery {
  query: string;
  expected: string;
  kind: 'clear' | 'vague';
}

const clear = (query: string, expected: string): SearchQuery => ({ query, expected, kind: 'clear' });
const vague = (query: string, expected: string): SearchQuery => ({ query, expected, kind: 'vague' });

export const searchQueries: SearchQuery[] = [
  clear('success response', '200'),
  clear('404', '404'),
  clear('503', '503'),
  clear('418', '418'),
  clear('created', '201'),
  clear('resource created', '201'),
  clear('no content', '204'),
  clear('empty response body', '204'),
  clear('partial content range request', '206'),
  clear('moved permanently', '301'),
  clear('permanent redirect keep method', '308'),
  clear('temporary redirect', '307'),
  clear('post redirect get', '303'),
  clear('not modified etag', '304'),
  clear('bad request', '400'),
  clear('login required', '401'),
  clear('unauthorized', '401'),
  clear('permission denied', '403'),
  clear('not found', '404'),
  clear('method not allowed', '405'),
  clear('request timeout', '408'),
  clear('duplicate email conflict', '409'),
  clear('permanently deleted', '410'),
  clear('payload too large', '413'),
  clear('file too big', '413'),
  clear('uri too long', '414'),
  clear('wrong content type', '415'),
  clear("i'm a teapot", '418'),
  clear('unprocessable entity', '422'),
  clear('validation failed', '422'),
  clear('rate limit', '429'),
  clear('too many requests', '429'),
  clear('throttled', '429'),
  clear('headers too large', '431'),
  clear('censored legal reasons', '451'),
  clear('internal server error', '500'),
  clear('bad gateway', '502'),
  clear('maintenance mode', '503'),
  clear('gateway timeout', '504'),
  clear('client closed request', '499'),
  clear('csrf token mismatch laravel', '419'),
  clear('cloudflare origin down', '521'),
  clear('cloudflare connection timed out', '522'),
  clear('client error', '4xx'),
  clear('4xx', '4xx'),
  vague('server error', '5xx'),
  vague('server is down', '503'),
  vague('upload limit', '413'),
  vague('token expired', '401'),
  vague('early hints preload', '103'),
  vague('websocket upgrade', '101'),
  vague('optimistic locking', '412'),
  vague('nginx no response', '444'),
  vague('load balancer timeout', '504'),
  vague('ssl handshake failed', '525'),
];
