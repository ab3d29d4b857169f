/**
 * 408 and 425: a client may send the same request again once (over a new
 * connection after a 408, whose server closes the old one), and does not
 * keep retrying if it fails again.
 */
import type { ClientCheck } from './index.ts';
import { describe, laterSame } from './wire.ts';

export const check: ClientCheck = ({ exchanges }, { code }) => {
  const problems: string[] = [];
  const refused = exchanges.flatMap((exchange, index) => (exchange.response?.status === code ? [{ exchange, index }] : []));
  if (refused.length === 0) return [`no request got ${code}`];
  let retried = 0;
  for (const { exchange, index } of refused) {
    const [retry, third] = laterSame(exchanges, index);
    if (!retry) continue;
    retried += 1;
    if (!retry.request.body.equals(exchange.request.body)) problems.push(`${describe(exchange)}: the retry carried a different body`);
    if (code === 408 && retry.request.connection === exchange.request.connection) problems.push(`${describe(exchange)}: the retry went over the connection the server was closing; open a new one`);
    if (retry.response?.status === code && third) problems.push(`${describe(exchange)}: the retry got ${code} again and the client kept trying; retry once`);
  }
  if (retried === 0) problems.push(`the client never retried after ${code}`);
  return problems;
};
