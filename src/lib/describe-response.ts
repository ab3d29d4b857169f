/**
 * Says in a few words what an expected response is, e.g.
 * "401 without WWW-Authenticate" or "201 with Location: /users/3".
 */
import type { ExpectedResponse } from './code-schema.ts';

export function describeResponse(response: ExpectedResponse): string {
  const headers = Object.entries(response.headers).map(([name, value]) => {
    if (value === false) return `without ${name}`;
    if (value === true) return `with ${name}`;
    return `with ${name}: ${value}`;
  });
  if (response.body === false) headers.push('no body');
  return [String(response.status), headers.join(', ')].filter(Boolean).join(' ');
}
