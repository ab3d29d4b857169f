/**
 * 413: a client does not send the same body again: it splits the upload into
 * smaller parts (or reduces it) and sends those.
 */
import type { ClientCheck } from './index.ts';
import { describe, pathOf } from './wire.ts';

export const check: ClientCheck = ({ exchanges }) => {
  const problems: string[] = [];
  const refused = exchanges.flatMap((exchange, index) => (exchange.response?.status === 413 ? [{ exchange, index }] : []));
  if (refused.length === 0) return ['no request got 413, so the client never had to shrink anything'];
  for (const { exchange, index } of refused) {
    const size = exchange.request.body.length;
    const later = exchanges.slice(index + 1).filter((other) => pathOf(other.request.path).startsWith(pathOf(exchange.request.path).replace(/\/[^/]*$/, '')) && other.request.body.length > 0);
    const asBig = later.find((other) => other.request.body.length >= size);
    if (asBig) problems.push(`${describe(exchange)} refused ${size} bytes, yet the client sent ${asBig.request.body.length} bytes again`);
    if (later.length === 0) problems.push(`${describe(exchange)}: the client sent nothing smaller afterwards`);
  }
  if (!exchanges.some((exchange) => exchange.response && exchange.response.status < 300 && exchange.request.body.length > 0)) problems.push('no smaller upload succeeded');
  return problems;
};
