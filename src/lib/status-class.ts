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
}

export const statusClasses: readonly StatusClass[] = [
  { id: '1xx', name: 'Informational', description: 'An interim response: the request was received and the final response is still to come.', specSection: '15.2' },
  { id: '2xx', name: 'Successful', description: 'The request was received, understood and accepted.', specSection: '15.3' },
  { id: '3xx', name: 'Redirection', description: 'The client must take further action, usually follow a link, to complete the request.', specSection: '15.4' },
  { id: '4xx', name: 'Client Error', description: 'The request is wrong: the client must change it before trying again.', specSection: '15.5' },
  { id: '5xx', name: 'Server Error', description: 'The request may be fine, but the server failed to fulfil it.', specSection: '15.6' },
];

/** The class a status code belongs to. Throws for a number outside 100–599. */
export function classOf(code: number): StatusClass {
  const statusClass = statusClasses[Math.floor(code / 100) - 1];
  if (!Number.isInteger(code) || !statusClass) {
    throw new RangeError(`${code} is not an HTTP status code (100–599)`);
  }
  return statusClass;
}
