/**
 * What a client did on the wire, checked against the rule its page states.
 * Each kind of behaviour has its file here; a check returns the ways a run
 * broke the rule, as sentences, and nothing for a run that kept it.
 */
import type { ClientCheckKind } from '../../../src/lib/client-schema.ts';
import type { CodeData } from '../../../src/lib/code-schema.ts';
import type { ClientRun } from '../run-client.ts';
import { check as authRefresh } from './auth-refresh.ts';
import { check as backoff } from './backoff.ts';
import { check as conditional } from './conditional.ts';
import { check as expectContinue } from './expect-continue.ts';
import { check as poll } from './poll.ts';
import { check as range } from './range.ts';
import { check as redirect } from './redirect.ts';
import { check as refetch } from './refetch.ts';
import { check as retryAfter } from './retry-after.ts';
import { check as retryOnce } from './retry-once.ts';
import { check as shrink } from './shrink.ts';

export type ClientCheck = (run: ClientRun & { source: string }, page: CodeData) => string[];

export const clientChecks: Record<ClientCheckKind, ClientCheck> = {
  'retry-after': retryAfter,
  backoff,
  redirect,
  conditional,
  'auth-refresh': authRefresh,
  poll,
  range,
  'expect-continue': expectContinue,
  refetch,
  shrink,
  'retry-once': retryOnce,
};
