/**
 * 409 and 412: after a conflict or a failed precondition, a client fetches
 * the current state again, merges, and retries the write with the new ETag
 * (If-Match), a limited number of times.
 */
import type { ClientCheck } from './index.ts';
import { describe, pathOf } from './wire.ts';

const writes = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);
const maxWrites = 3;

export const check: ClientCheck = ({ exchanges }, { code }) => {
  const problems: string[] = [];
  const refused = exchanges.flatMap((exchange, index) => (exchange.response?.status === code && writes.has(exchange.request.method) ? [{ exchange, index }] : []));
  if (refused.length === 0) return [`no write got ${code}, so recovering from it was not seen`];
  for (const { exchange, index } of refused) {
    const path = pathOf(exchange.request.path);
    const rest = exchanges.slice(index + 1);
    const nextWriteAt = rest.findIndex((other) => writes.has(other.request.method) && pathOf(other.request.path) === path);
    if (nextWriteAt < 0) continue; // gave up
    const fetches = rest.slice(0, nextWriteAt).filter((other) => other.request.method === 'GET' && pathOf(other.request.path) === path);
    if (fetches.length === 0) {
      problems.push(`${describe(exchange)}: the client wrote again without fetching the current state first`);
      continue;
    }
    const etag = fetches.at(-1)!.response?.headers['etag'];
    const ifMatch = rest[nextWriteAt]!.request.headers['if-match'];
    if (etag && ifMatch !== etag) problems.push(`${describe(exchange)}: the retry sent If-Match: ${ifMatch ?? '(none)'}, not the fresh ETag ${etag}`);
  }
  const byPath = Map.groupBy(
    exchanges.filter((exchange) => writes.has(exchange.request.method)),
    (exchange) => pathOf(exchange.request.path),
  );
  for (const [path, attempts] of byPath) if (attempts.length > maxWrites) problems.push(`the client wrote to ${path} ${attempts.length} times; give up after ${maxWrites}`);
  if (!exchanges.some((exchange) => writes.has(exchange.request.method) && exchange.response && exchange.response.status < 300)) problems.push('no write succeeded after the retry');
  return problems;
};
