/**
 * 401: a client reads WWW-Authenticate, gets a new token once, retries once
 * with it, and gives up when that is refused too, instead of looping.
 */
import type { ClientCheck } from './index.ts';
import { describe } from './wire.ts';

const isTokenRequest = (path: string): boolean => /token|refresh|login|session/i.test(path);

export const check: ClientCheck = ({ exchanges, stdout }) => {
  const problems: string[] = [];
  const refused = exchanges.flatMap((exchange, index) => (exchange.response?.status === 401 && !isTokenRequest(exchange.request.path) ? [{ exchange, index }] : []));
  if (refused.length === 0) return ['the server never answered 401, so there was nothing to refresh'];
  let recovered = 0;
  let gaveUp = 0;
  for (const { exchange, index } of refused) {
    const rest = exchanges.slice(index + 1);
    const retryAt = rest.findIndex((other) => other.request.path === exchange.request.path && other.request.method === exchange.request.method);
    const between = retryAt < 0 ? rest : rest.slice(0, retryAt);
    const refreshes = between.filter((other) => isTokenRequest(other.request.path)).length;
    if (refreshes > 1) problems.push(`${describe(exchange)}: the client asked for a new token ${refreshes} times before trying again; once is enough`);
    const challenge = exchange.response!.headers['www-authenticate'];
    const error = challenge && /error="([^"]+)"/.exec(challenge)?.[1];
    if (error && !stdout.includes(error)) problems.push(`${describe(exchange)}: the client did not read WWW-Authenticate (its error "${error}" is not in the output)`);
    if (retryAt < 0) {
      gaveUp += 1;
      continue;
    }
    const retry = rest[retryAt]!;
    if (retry.request.headers['authorization'] === exchange.request.headers['authorization']) {
      problems.push(`${describe(exchange)}: the client retried with the same Authorization it was refused with`);
    }
    if (retry.response?.status !== 401) recovered += 1;
  }
  // A refused retry must end the attempts on that request: no third try.
  for (const { exchange, index } of refused) {
    const earlier = exchanges.slice(0, index).filter((other) => other.request.path === exchange.request.path && other.request.method === exchange.request.method);
    const previous = earlier.at(-1);
    const retriedAfterRefusal = previous?.response?.status === 401;
    const next = exchanges.slice(index + 1).find((other) => other.request.path === exchange.request.path && other.request.method === exchange.request.method);
    if (retriedAfterRefusal && next) problems.push(`${describe(exchange)}: refused again after a new token, yet the client kept trying; give up after one refresh`);
  }
  if (recovered === 0) problems.push('the client never succeeded after getting a new token');
  if (gaveUp === 0 && !problems.some((problem) => problem.includes('kept trying'))) problems.push('the scenario never refused a fresh token, so giving up was not seen');
  return problems;
};
