/**
 * 100 and 417: a client that sends Expect: 100-continue holds the body back
 * until the 100 arrives, sends no body when a final answer comes first, and
 * after a 417 repeats the request without the expectation.
 */
import type { ClientCheck } from './index.ts';
import { describe, ms } from './wire.ts';

export const check: ClientCheck = ({ exchanges }, { code }) => {
  const problems: string[] = [];
  const expecting = exchanges.filter((exchange) => /100-continue/i.test(exchange.request.headers['expect'] ?? ''));
  if (expecting.length === 0) return ['the client never sent Expect: 100-continue'];
  for (const exchange of expecting) {
    const go = exchange.interim.find((response) => response.status === 100);
    const { bodyAt } = exchange.request;
    if (go && bodyAt !== undefined && bodyAt < go.at) problems.push(`${describe(exchange)}: the body went out ${ms(bodyAt, go.at)} before the 100 Continue`);
    // Sending the body after waiting a while for the 100 is allowed; sending it once a final refusal is in is not.
    if (!go && exchange.response && exchange.response.status >= 400 && bodyAt !== undefined && bodyAt >= exchange.response.at) {
      problems.push(`${describe(exchange)}: the server refused before 100 Continue, yet the client still sent the body`);
    }
  }
  if (code === 100 && !expecting.some((exchange) => exchange.interim.some((response) => response.status === 100) && exchange.request.body.length > 0)) {
    problems.push('no body was sent after a 100 Continue');
  }
  if (code === 417) {
    const failed = exchanges.flatMap((exchange, index) => (exchange.response?.status === 417 ? [{ exchange, index }] : []));
    if (failed.length === 0) problems.push('the server never answered 417, so the retry without the expectation was not seen');
    for (const { exchange, index } of failed) {
      const next = exchanges.slice(index + 1).find((other) => other.request.method === exchange.request.method && other.request.path === exchange.request.path);
      if (!next) problems.push(`${describe(exchange)}: the client did not repeat the request without the expectation`);
      else if (next.request.headers['expect']) problems.push(`${describe(exchange)}: the client repeated the request still with Expect: ${next.request.headers['expect']}`);
      else if (next.request.body.length === 0) problems.push(`${describe(exchange)}: the repeated request carried no body`);
    }
  }
  return problems;
};
