/**
 * 206 and 416: a client resumes a download by asking for the bytes it lacks
 * (Range: bytes=N-), and when the server answers 416 it does not ask for the
 * same range again: it reads the size from Content-Range (bytes *\/size) and
 * either finds it already has everything or starts over.
 */
import type { ClientCheck } from './index.ts';
import { describe, pathOf } from './wire.ts';

export const check: ClientCheck = ({ exchanges }, { code }) => {
  const problems: string[] = [];
  const ranged = exchanges.filter((exchange) => exchange.request.headers['range']);
  if (ranged.length === 0) return ['the client never sent a Range header'];
  if (code === 206) {
    const resumed = ranged.find((exchange) => /^bytes=[1-9]\d*-$/.test(exchange.request.headers['range']!) && exchange.response?.status === 206);
    if (!resumed) problems.push('no request resumed from an offset (Range: bytes=N-) and got 206');
    for (const exchange of exchanges) {
      if (exchange.response?.status === 206 && !exchange.response.headers['content-range']) problems.push(`${describe(exchange)} has no Content-Range`);
    }
  }
  const unsatisfiable = exchanges.flatMap((exchange, index) => (exchange.response?.status === 416 ? [{ exchange, index }] : []));
  if (code === 416 && unsatisfiable.length === 0) problems.push('no request got 416, so recovering from it was not seen');
  for (const { exchange, index } of unsatisfiable) {
    const again = exchanges
      .slice(index + 1)
      .find((other) => pathOf(other.request.path) === pathOf(exchange.request.path) && other.request.headers['range'] === exchange.request.headers['range']);
    if (again) problems.push(`${describe(exchange)}: the client asked for the same Range (${exchange.request.headers['range']}) again`);
  }
  return problems;
};
