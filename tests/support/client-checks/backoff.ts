/**
 * 502 and 504: a client retries only idempotent requests (or a POST that
 * carries an Idempotency-Key), waits longer before each attempt, with random
 * jitter, and stops after a few attempts.
 *
 * On the wire a single run shows the waits, not the dice: the programs use
 * "equal jitter" (half of each doubling delay fixed, half random), so the
 * third wait is at least twice the first whatever the dice say, and the
 * randomness itself is read from the program's source.
 */
import type { ClientCheck } from './index.ts';
import { describe, idempotent, laterSame, ms } from './wire.ts';

const maxAttempts = 5;

export const check: ClientCheck = ({ exchanges, source }, { code }) => {
  const problems: string[] = [];
  let retried = 0;
  exchanges.forEach((exchange, index) => {
    if (exchange.response?.status !== code) return;
    const next = laterSame(exchanges, index)[0];
    if (!next) return;
    const { method, headers } = exchange.request;
    if (!idempotent.has(method) && headers['idempotency-key'] === undefined) {
      problems.push(`${describe(exchange)}: the client sent the ${method} again, though it has no Idempotency-Key and may already have taken effect`);
      return;
    }
    retried += 1;
    if (next.request.at - exchange.response.at < 50) problems.push(`${describe(exchange)}: the client retried ${ms(exchange.response.at, next.request.at)} later, without waiting`);
  });
  if (retried === 0) problems.push(`the client never retried a request that got ${code}`);
  const byRequest = Map.groupBy(exchanges, (exchange) => `${exchange.request.method} ${exchange.request.path}`);
  let judged = false;
  for (const [request, attempts] of byRequest) {
    if (attempts.length > maxAttempts) problems.push(`${request} was sent ${attempts.length} times; stop after ${maxAttempts} attempts`);
    const waits = attempts.slice(1).map((attempt, index) => attempt.request.at - (attempts[index]!.response?.at ?? attempts[index]!.request.at));
    if (waits.length >= 3) {
      judged = true;
      if (waits[2]! < 2 * waits[0]! - 10) problems.push(`${request}: the waits (${waits.map((wait) => Math.round(wait)).join(', ')} ms) do not grow: back off exponentially`);
    }
  }
  if (!judged) problems.push(`no request was retried three times, so the backoff could not be seen; the scenario must fail ${code} three times before it succeeds`);
  if (!/Math\.random\(|\brandom\.(random|uniform)\(/.test(source)) problems.push('the delays have no random part (Math.random or random.uniform): add jitter so that clients do not retry in step');
  return problems;
};
