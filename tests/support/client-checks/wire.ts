/** Small readers of a client run's exchanges, shared by the checks. */
import type { Exchange } from '../http-tap.ts';

/** Wall-clock milliseconds of a `performance.now()` reading. */
export const wallClock = (at: number): number => performance.timeOrigin + at;

/** "GET /report" for messages. */
export const describe = (exchange: Exchange): string =>
  `${exchange.request.method} ${exchange.request.path}${exchange.response ? ` → ${exchange.response.status}` : ' → (no answer)'}`;

/** The path without its query. */
export const pathOf = (path: string): string => path.split('?')[0] ?? path;

/** The exchanges after `index` for the same method and path. */
export const laterSame = (exchanges: Exchange[], index: number): Exchange[] => {
  const { method, path } = exchanges[index]!.request;
  return exchanges.slice(index + 1).filter((other) => other.request.method === method && pathOf(other.request.path) === pathOf(path));
};

/** Milliseconds between two readings, rounded for messages. */
export const ms = (from: number, to: number): string => `${Math.round(to - from)} ms`;

/** The Retry-After of a response as milliseconds to wait from when it arrived; undefined when absent or unreadable. */
export function retryAfterMs(exchange: Exchange): number | undefined {
  const value = exchange.response?.headers['retry-after'];
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - wallClock(exchange.response!.at);
}

/** The methods RFC 9110 §9.2.2 calls idempotent. */
export const idempotent = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/** How many times the client sent this exchange's method and path. */
export const attemptsOf = (exchanges: Exchange[], exchange: Exchange): number =>
  exchanges.filter((other) => other.request.method === exchange.request.method && other.request.path === exchange.request.path).length;
