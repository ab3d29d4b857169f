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
  /** How a client must treat a code of this class that it does not recognise (RFC 9110 §15). */
  unknownCode: string;
}

export const statusClasses: readonly StatusClass[] = [
  {
    id: '1xx',
    name: 'Informational',
    description: 'An interim response: the request was received and the final response is still to come.',
    specSection: '15.2',
    meaning:
      'A 1xx response is interim: it reports progress or offers a protocol switch, and the final response follows on the same connection. It has a status line and headers but never content. HTTP/1.0 clients do not understand 1xx, so servers must not send one to them.',
    unknownCode:
      'A client must be able to parse 1xx responses it did not ask for and may ignore the ones it does not understand, then wait for the final response. A proxy forwards them unless it itself asked for them.',
  },
  {
    id: '2xx',
    name: 'Successful',
    description: 'The request was received, understood and accepted.',
    specSection: '15.3',
    meaning:
      'A 2xx response says the request worked. Which code tells the client what it got: the result (200), a new resource (201), an accepted job (202), nothing to show (204) or part of a resource (206).',
    unknownCode: 'A client treats an unrecognised 2xx code as 200 OK.',
  },
  {
    id: '3xx',
    name: 'Redirection',
    description: 'The client must take further action, usually follow a link, to complete the request.',
    specSection: '15.4',
    meaning:
      'A 3xx response asks the client to go elsewhere: to the URL in the Location header (301, 302, 303, 307, 308), or to the copy it already has (304). Browsers follow Location redirects automatically; the code decides whether the method may change and whether the move is permanent.',
    unknownCode:
      'A client treats an unrecognised 3xx code as 300 Multiple Choices. If the response carries a Location header, a user agent may follow it automatically.',
  },
  {
    id: '4xx',
    name: 'Client Error',
    description: 'The request is wrong: the client must change it before trying again.',
    specSection: '15.5',
    meaning:
      'A 4xx response says the problem is in the request: its syntax, its credentials, its permissions, its target or its timing. Sending the same request again usually gets the same answer; the body should explain what to change. Servers send an explanation except in response to HEAD.',
    unknownCode: 'A client treats an unrecognised 4xx code as 400 Bad Request.',
  },
  {
    id: '5xx',
    name: 'Server Error',
    description: 'The request may be fine, but the server failed to fulfil it.',
    specSection: '15.6',
    meaning:
      'A 5xx response says the server, or a server behind it, failed or refused to act although the request may be valid. Some failures are temporary (503, 504) and a later retry may work; idempotent requests are the safe ones to repeat.',
    unknownCode: 'A client treats an unrecognised 5xx code as 500 Internal Server Error.',
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
