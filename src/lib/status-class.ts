/**
 * The five classes of status codes (RFC 9110 §15), derived from the first digit.
 * Nothing in the content repeats these: every page computes its class here.
 */
export interface StatusClass {
  /** "2xx" */
  id: `${1 | 2 | 3 | 4 | 5}xx`;
  /** "Successful" */
  name: string;
  /** What the class says, in one line. */
  description: string;
  /** The RFC 9110 section that defines the class. */
  specSection: string;
  /** What the class means to a client, in a few sentences. */
  meaning: string;
  /** The x00 code a client treats an unrecognised code of the class as (RFC 9110 §15), e.g. "200 OK"; none for 1xx, whose §15.2 has rules of its own. */
  unknownAs?: string;
  /** What the class's own section adds about codes a client does not recognise (RFC 9110 §15.2, §15.4). */
  unknownCodeRule?: string;
  /** The phrases people search for the class with, e.g. "success status codes". */
  keywords: string[];
  /**
   * Names that search treats as names of the class page: those a client library
   * gives every response of the class (axios's error codes, lib/core/settle.js),
   * and the name of the failure a run of the class's responses ends in (a
   * redirect loop's "too many redirects").
   */
  aliases?: string[];
}

export const statusClasses: readonly StatusClass[] = [
  {
    id: '1xx',
    keywords: ['informational status codes', 'interim response', '1xx codes', 'informational responses', 'provisional responses', 'interim reply before the final response', 'non-final response'],
    name: 'Informational',
    description: 'An interim response: the request was received and the final response is still to come.',
    specSection: '15.2',
    meaning:
      'A 1xx response is interim: it reports the connection status or the progress of the request before the final response, such as a go-ahead to send the body (100) or a switch of protocol (101). It has a status line and headers but never content. HTTP/1.0 defined no 1xx codes, so RFC 9110 §15.2 forbids a server to send one to an HTTP/1.0 client.',
    unknownCodeRule:
      'A client has to be able to parse 1xx responses even when it does not expect one; a user agent may ignore unexpected ones and wait for the final response. A proxy forwards them unless it asked for them itself.',
  },
  {
    id: '2xx',
    keywords: ['success status codes', 'successful responses', '2xx codes', 'success codes', 'ok responses', 'the request worked', 'webhook keeps retrying', 'the call worked', 'received, understood and accepted'],
    name: 'Successful',
    description: 'The request was received, understood and accepted.',
    specSection: '15.3',
    meaning:
      'A 2xx response says the request worked. Which code tells the client what it got: the result (200), a new resource (201), an accepted job (202), nothing to show (204) or part of a resource (206).',
    unknownAs: '200 OK',
  },
  {
    id: '3xx',
    keywords: ['redirect status codes', 'redirection codes', '3xx codes', 'redirects', 'redirect responses', 'redirect loop', 'ERR_TOO_MANY_REDIRECTS', 'too many redirects', 'TooManyRedirects', 'redirected you too many times', 'isn’t redirecting properly (Firefox)', 'redirecting in a way that will never complete (Firefox)', 'stopped after 10 redirects (Go)', 'Server redirected too many times (Java)', 'Maximum (50) redirects followed (curl)', 'redirect mode is set to error (node-fetch)', 'Maximum number of redirects exceeded', 'further action needed', 'point the browser to another URL', 'look somewhere else', 'types of redirects'],
    aliases: ['Too Many Redirects', 'redirected you too many times'],
    name: 'Redirection',
    description: 'The user agent needs to take further action, usually follow a link, to complete the request.',
    specSection: '15.4',
    meaning:
      'A 3xx response asks the client to go elsewhere: to the URL in the Location header (301, 302, 303, 307, 308), to one of several alternatives (300), or to the copy it already has (304). Browsers (the Fetch standard), Python’s requests and Go’s net/http follow 301, 302, 303, 307 and 308 automatically, while curl follows them only with -L and Java’s HttpClient not at all by default; the code decides whether the method may change and whether the move is permanent. Redirects that loop end in an error: the Fetch standard, which browsers follow, stops after 20 (Chrome then reports ERR_TOO_MANY_REDIRECTS, “redirected you too many times”), and Python’s requests raises TooManyRedirects after 30.',
    unknownAs: '300 Multiple Choices',
    unknownCodeRule: 'If the response carries a Location header, a user agent may follow it automatically.',
  },
  {
    id: '4xx',
    keywords: ['client error codes', 'client errors', '4xx codes', 'client error status codes', 'request errors', 'axios ERR_BAD_REQUEST', 'client-side errors', 'the client seems to have erred', 'mistake in the request', 'the client did something wrong', 'GuzzleHttp ClientException', 'the request was wrong, not the server'],
    aliases: ['ERR_BAD_REQUEST'],
    name: 'Client Error',
    description: 'The client seems to have erred: usually the request has to change before it can succeed.',
    specSection: '15.5',
    meaning:
      'A 4xx response says the problem is in the request: its syntax, its credentials, its permissions, its target or its timing. Sending the same request again usually gets the same answer. Except in answer to HEAD, the server should send a body that explains the error and says whether it is temporary or permanent (RFC 9110 §15.5).',
    unknownAs: '400 Bad Request',
  },
  {
    id: '5xx',
    keywords: ['server error codes', 'server errors', '5xx codes', 'server error status codes', 'server failures', 'axios ERR_BAD_RESPONSE', '5xx errors after a deploy', 'currently unable to handle this request (Chrome)', 'not the client’s fault', 'server crashes and outages', 'failed to fulfil a valid request', 'GuzzleHttp ServerException', 'server-side errors'],
    aliases: ['ERR_BAD_RESPONSE'],
    name: 'Server Error',
    description: 'The request may be fine, but the server failed to fulfil it or cannot perform it.',
    specSection: '15.6',
    meaning:
      'A 5xx response says the server, or a server behind it, failed or refused to act although the request may be valid. Some failures are temporary (503, 504) and a later retry may work; idempotent requests are the safe ones to repeat.',
    unknownAs: '500 Internal Server Error',
  },
];

/** The class a status code belongs to. Throws for a number outside 100–599. */
export function classOf(code: number): StatusClass {
  const statusClass = statusClasses[Math.floor(code / 100) - 1];
  if (!Number.isInteger(code) || !statusClass) {
    throw new RangeError(`${code} is not an HTTP status code (100–599)`);
  }
  return statusClass;
}
