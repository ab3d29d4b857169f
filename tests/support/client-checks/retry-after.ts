/**
 * 429 and 503: a client waits at least as long as Retry-After says, in
 * either form (seconds or an HTTP date), gives up rather than wait longer than
 * its cap, and stops after a few attempts.
 */
import type { ClientCheck } from './index.ts';
import { attemptsOf, describe, laterSame, ms, retryAfterMs } from './wire.ts';

/** The longest wait a client should accept before giving up. */
const capMs = 60_000;
const maxAttempts = 5;

export const check: ClientCheck = ({ exchanges }, { code }) => {
  const problems: string[] = [];
  const told = exchanges.flatMap((exchange, index) => {
    const wait = exchange.response?.status === code ? retryAfterMs(exchange) : undefined;
    return wait === undefined ? [] : [{ exchange, index, wait, value: exchange.response!.headers['retry-after']! }];
  });
  if (!told.some(({ value }) => /^\d+$/.test(value))) problems.push(`the server never sent ${code} with Retry-After in seconds; the scenario must use both forms`);
  if (!told.some(({ value }) => !/^\d+$/.test(value))) problems.push(`the server never sent ${code} with Retry-After as an HTTP date; the scenario must use both forms`);
  for (const { exchange, index, wait, value } of told) {
    const next = laterSame(exchanges, index)[0];
    if (wait > capMs) {
      if (next) problems.push(`${describe(exchange)} said Retry-After: ${value}, beyond any sensible cap, yet the client sent the request again instead of giving up`);
    } else if (!next) {
      if (attemptsOf(exchanges, exchange) < maxAttempts) problems.push(`${describe(exchange)} said Retry-After: ${value}, but the client never tried again`);
    } else {
      const earliest = /^\d+$/.test(value) ? exchange.response!.at + wait : Date.parse(value) - performance.timeOrigin;
      if (next.request.at < earliest - 20) {
        problems.push(`${describe(exchange)} said Retry-After: ${value}, but the client sent the request again ${ms(exchange.response!.at, next.request.at)} later`);
      }
    }
  }
  for (const exchange of exchanges) {
    const attempts = attemptsOf(exchanges, exchange);
    const message = `${exchange.request.method} ${exchange.request.path} was sent ${attempts} times; stop after ${maxAttempts} attempts`;
    if (attempts > maxAttempts && !problems.includes(message)) problems.push(message);
  }
  return problems;
};
