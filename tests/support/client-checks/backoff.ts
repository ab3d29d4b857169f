/**
 * 502 and 504: a client retries only idempotent requests (or a POST that
 * carries an Idempotency-Key), waits before each attempt, and stops after a
 * few attempts.
 *
 * What the wire shows reliably is checked on the wire: which requests were
 * sent again, how many times, and that each retry waited. How the waits grow
 * is not: each measured wait adds the client's and the machine's own delays
 * (up to a few hundred milliseconds on a loaded test machine, most on the
 * first retry), which can hide a doubling. So the doubling and the random
 * jitter are read from the program's source instead.
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
  for (const [request, attempts] of Map.groupBy(exchanges, (exchange) => `${exchange.request.method} ${exchange.request.path}`)) {
    if (attempts.length > maxAttempts) problems.push(`${request} was sent ${attempts.length} times; stop after ${maxAttempts} attempts`);
  }
  if (!/\b2\s*\*\*|\*\*\s*\(?\s*attempt|Math\.pow\(\s*2|<<\s*\w/.test(source)) problems.push('the delay does not double from one attempt to the next (2 ** attempt): back off exponentially');
  if (!/Math\.random\(|\brandom\.(random|uniform)\(/.test(source)) problems.push('the delays have no random part (Math.random or random.uniform): add jitter so that clients do not retry in step');
  return problems;
};
