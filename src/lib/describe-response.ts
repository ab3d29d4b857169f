/**
 * Says in a few words what an expected response is, e.g.
 * "401 without WWW-Authenticate" or "103, then 200 with Link".
 */
import type { ExpectedResponse } from './code-schema.ts';

export function describeResponse(response: ExpectedResponse): string {
  const headers = Object.entries(response.headers).map(([name, value]) => {
    if (value === false) return `without ${name}`;
    if (value === true) return `with ${name}`;
    return `with ${name}: ${value}`;
  });
  if (response.body === false) headers.push('no body');
  const statuses = [...response.interim, response.status].join(', then ');
  return [statuses, headers.join(', ')].filter(Boolean).join(' ');
}
