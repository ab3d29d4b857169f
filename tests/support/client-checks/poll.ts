/**
 * 202: a client polls the status URL the server gave (Location), no faster
 * than Retry-After asks or than a short interval, until the job is done (the
 * monitor stops answering 202 or a 200 whose state is "queued" or "running"),
 * then stops polling and fetches the result.
 */
import type { ClientCheck } from './index.ts';
import { describe, ms, pathOf, retryAfterMs } from './wire.ts';

const maxPolls = 30;

/** A status monitor may answer 200 with the job's state while it runs (the 202 page advises it): that is not done yet. */
const pendingStates = /^(queued|pending|running|processing|in[-_ ]progress|started|accepted)$/i;

function isDone(exchange: { response?: { status: number; body: Buffer } }): boolean {
  const response = exchange.response;
  if (!response || response.status === 202) return false;
  if (response.status >= 300) return true;
  try {
    const body = JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
    return !pendingStates.test(String(body['status'] ?? body['state'] ?? ''));
  } catch {
    return true;
  }
}

export const check: ClientCheck = ({ exchanges }) => {
  const problems: string[] = [];
  const accepted = exchanges.findIndex((exchange) => exchange.response?.status === 202 && exchange.response.headers['location']);
  if (accepted < 0) return ['the server never answered 202 with a Location to poll'];
  const statusPath = new URL(exchanges[accepted]!.response!.headers['location']!, 'http://host/').pathname;
  const polls = exchanges.slice(accepted + 1).filter((exchange) => exchange.request.method === 'GET' && pathOf(exchange.request.path) === statusPath);
  if (polls.length === 0) return [`the client never polled ${statusPath}`];
  if (polls.length > maxPolls) problems.push(`the client polled ${polls.length} times; give up after ${maxPolls}`);
  let previous = exchanges[accepted]!;
  for (const poll of polls) {
    const asked = retryAfterMs(previous) ?? 100;
    const waited = poll.request.at - (previous.response?.at ?? previous.request.at);
    if (waited < asked - 20) problems.push(`${describe(poll)}: polled ${ms(0, waited)} after the last answer; ${previous.response?.headers['retry-after'] ? `Retry-After asked for ${previous.response.headers['retry-after']} s` : 'wait at least 100 ms between polls'}`);
    previous = poll;
  }
  const doneAt = polls.findIndex(isDone);
  if (doneAt < 0) problems.push('the job never finished while the client polled');
  else if (doneAt < polls.length - 1) problems.push(`the client kept polling ${polls.length - 1 - doneAt} more times after the job had finished`);
  const done = polls[doneAt];
  const result = done?.response?.status === 303 ? done.response.headers['location'] : undefined;
  if (result && !exchanges.some((exchange) => exchange.request.at > done!.request.at && pathOf(exchange.request.path) === new URL(result, 'http://host/').pathname)) {
    problems.push(`the job finished with 303 to ${result}, but the client did not fetch the result`);
  }
  return problems;
};
