/**
 * 301, 302, 303, 307 and 308: a client follows Location with the method the
 * code calls for (the page's `facts.redirect.method`): the same method and
 * body for 307 and 308, GET for 303, and for 301 and 302 a POST may become a
 * GET. It stops after a few hops.
 */
import type { ClientCheck } from './index.ts';
import { describe, pathOf } from './wire.ts';

const maxHops = 5;

export const check: ClientCheck = ({ exchanges }, { code, facts }) => {
  const problems: string[] = [];
  const rule = facts.redirect?.method;
  if (!rule) return [`the page has no facts.redirect.method to check the client against`];
  const redirected = exchanges.flatMap((exchange, index) => (exchange.response?.status === code && exchange.response.headers['location'] ? [{ exchange, index }] : []));
  if (redirected.length === 0) return [`the server never answered ${code} with a Location, so nothing was followed`];
  for (const { exchange, index } of redirected) {
    const target = new URL(exchange.response!.headers['location']!, `http://host${exchange.request.path}`);
    const next = exchanges.slice(index + 1).find((other) => pathOf(other.request.path) === target.pathname);
    if (!next) {
      problems.push(`${describe(exchange)}: the client did not follow Location: ${exchange.response!.headers['location']}`);
      continue;
    }
    const { method, body } = exchange.request;
    const sameBody = next.request.body.equals(body);
    const kept = next.request.method === method && sameBody;
    const asGet = next.request.method === (method === 'HEAD' ? 'HEAD' : 'GET') && next.request.body.length === 0;
    const allowed = rule === 'kept' ? kept : rule === 'becomes-get' ? asGet : method === 'POST' ? kept || asGet : kept;
    if (!allowed) {
      const wanted =
        rule === 'becomes-get' ? 'GET without the body' : rule === 'post-may-become-get' && method === 'POST' ? 'POST with the same body, or GET' : `${method} with the same body`;
      problems.push(`${describe(exchange)}: the client followed with ${next.request.method} (${next.request.body.length} bytes of body); ${code} calls for ${wanted}`);
    }
  }
  // Following 5 redirects means receiving 6 in a row (the last one not followed); a 7th means the client went on.
  let chain = 0;
  for (const exchange of exchanges) {
    chain = exchange.response && exchange.response.status >= 300 && exchange.response.status < 400 ? chain + 1 : 0;
    if (chain === maxHops + 2) problems.push(`the client followed more than ${maxHops} redirects in a row; stop before a loop runs forever`);
  }
  return problems;
};
