/**
 * 304: a client keeps the body and the validator (ETag or Last-Modified) of
 * a response, sends the validator back (If-None-Match, If-Modified-Since),
 * and on 304 uses the body it kept instead of treating 304 as an error.
 */
import type { ClientCheck } from './index.ts';
import { describe, pathOf } from './wire.ts';

/** A piece of a body the client should print again when it reuses it: the first string of five or more characters. */
function pieceOf(body: Buffer): string | undefined {
  const text = body.toString('utf8');
  return (/"([^"\\]{5,})"/.exec(text)?.[1] ?? text.trim().slice(0, 24)) || undefined;
}

export const check: ClientCheck = ({ exchanges, stdout }) => {
  const problems: string[] = [];
  const revalidated = exchanges.filter((exchange) => exchange.response?.status === 304);
  if (revalidated.length === 0) problems.push('no request got 304: the client never sent the validator it was given');
  for (const [index, exchange] of exchanges.entries()) {
    const { etag, 'last-modified': lastModified } = exchange.response?.headers ?? {};
    if (exchange.response?.status !== 200 || (!etag && !lastModified)) continue;
    const next = exchanges.slice(index + 1).find((other) => other.request.method === 'GET' && pathOf(other.request.path) === pathOf(exchange.request.path));
    if (!next) continue;
    const { 'if-none-match': ifNoneMatch, 'if-modified-since': ifModifiedSince } = next.request.headers;
    if (etag ? ifNoneMatch !== etag : ifModifiedSince !== lastModified) {
      problems.push(
        `${describe(exchange)} gave ${etag ? `ETag: ${etag}` : `Last-Modified: ${lastModified}`}, but the next GET sent ${etag ? `If-None-Match: ${ifNoneMatch ?? '(none)'}` : `If-Modified-Since: ${ifModifiedSince ?? '(none)'}`}`,
      );
    }
    const piece = pieceOf(exchange.response.body);
    const reused = piece ? stdout.split(piece).length - 1 : 0;
    if (next.response?.status === 304 && piece && reused < 2) {
      problems.push(`after the 304 the client did not show the body it kept ("${piece}" printed ${reused} time${reused === 1 ? '' : 's'}, expected once per response)`);
    }
  }
  return problems;
};
