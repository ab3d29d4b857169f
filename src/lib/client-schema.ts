/**
 * "When your client gets a NNN": the frontmatter of a code page's client
 * section. The programs live beside the page's server programs in
 * `content/examples/<code>/`: `client.mjs` (fetch on Node 24) and `client.py`
 * (requests), optionally `server.mjs` (a small server made for them) and
 * `client-bad.mjs` or `client-bad.py` (a common mistake). The example tests run
 * each client against its server through a recording proxy and check what it
 * did on the wire (tests/support/client-checks/<check>.ts).
 */
import { z } from 'astro/zod';

/** The behaviours the tests know how to check, one file each in tests/support/client-checks/. */
export const clientCheckKinds = [
  'retry-after',
  'backoff',
  'redirect',
  'conditional',
  'auth-refresh',
  'poll',
  'range',
  'expect-continue',
  'refetch',
  'shrink',
  'retry-once',
] as const;
export type ClientCheckKind = (typeof clientCheckKinds)[number];

export const clientSchema = z.strictObject({
  /**
   * The rule both programs follow, in one to three sentences of inline
   * Markdown. A requirement (MUST, SHOULD, MAY) links the section that states it.
   */
  rule: z.string().min(30),
  /**
   * The server the clients are run against: the page's own Express program
   * (`app.mjs`), or `server.mjs`, a small server made to exercise the client
   * (shown in the section), when the page's program cannot (a Retry-After of
   * a minute, say).
   */
  server: z.enum(['app.mjs', 'server.mjs']),
  /** What the tests check the clients did on the wire. */
  check: z.enum(clientCheckKinds),
  /** What the server does, for the reader, in one sentence (e.g. "answers 429 twice, then 200"). */
  scenario: z.string().min(20),
  /** Phrases people search for the client side with, e.g. "retry after header fetch". */
  keywords: z.array(z.string().min(3)).default([]),
  /** A common mistake: `client-bad.mjs` or `client-bad.py` shows it, and the tests check that it breaks the rule. */
  mistake: z
    .strictObject({
      /** The language of the bad program. */
      language: z.enum(['javascript', 'python']),
      /** What is wrong, in one or two sentences. */
      text: z.string().min(20),
      /** What the programs above do instead, in one sentence. */
      fix: z.string().min(20),
    })
    .optional(),
});

export type ClientData = z.output<typeof clientSchema>;
