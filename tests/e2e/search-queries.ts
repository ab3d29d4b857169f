/**
 * Realistic queries, written the way a developer types them (not copied from
 * titles), with the page that must come back. "clear" queries must put it
 * first; "vague" ones within the top three.
 */
export interface SearchQuery {
  query: string;
  /** A code ("429") or class ("4xx"), or another page's path without slashes ("compare/401-vs-403", "choose"). */
  expected: string;
  kind: 'clear' | 'vague';
}

/** The URL of the page a query expects. */
export function expectedUrl(expected: string): string {
  return /^(\d{3}|\dxx)$/.test(expected) ? `/codes/${expected}/` : `/${expected}/`;
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
  // Choosing between codes: the comparison pages and the guide.
  clear('401 vs 403', 'compare/401-vs-403'),
  clear('403 or 401', 'compare/401-vs-403'),
  clear('unauthorized or forbidden', 'compare/401-vs-403'),
  clear('400 vs 422', 'compare/400-vs-422'),
  clear('404 vs 410', 'compare/404-vs-410'),
  clear('not found or gone', 'compare/404-vs-410'),
  clear('301 vs 308', 'compare/301-vs-302-vs-307-vs-308'),
  clear('302 or 307', 'compare/301-vs-302-vs-307-vs-308'),
  clear('200 vs 204', 'compare/200-vs-201-vs-204'),
  clear('502 vs 504', 'compare/502-vs-503-vs-504'),
  clear('bad gateway vs gateway timeout', 'compare/502-vs-503-vs-504'),
  clear('409 vs 412', 'compare/409-vs-412'),
  clear('429 vs 503', 'compare/429-vs-503'),
  clear('403 vs 404', 'compare/403-vs-404'),
  clear('405 or 501', 'compare/405-vs-501'),
  clear('302 vs 303', 'compare/302-vs-303'),
  clear('406 vs 415', 'compare/406-vs-415'),
  clear('not acceptable or unsupported media type', 'compare/406-vs-415'),
  clear('which status code should i use', 'choose'),
  clear('what status code to return', 'choose'),
  vague('choose status code', 'choose'),
  vague('difference between 401 and 403', 'compare/401-vs-403'),
  vague('bad request or unprocessable entity', 'compare/400-vs-422'),
];
