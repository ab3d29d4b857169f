/**
 * The frontmatter schema of a status code page (`content/codes/<code>.mdx`).
 *
 * This is the one source of truth for every fact about a code. The class
 * (2xx…), its name, related-code titles, URLs and search metadata are all
 * derived from these fields elsewhere; nothing here is repeated by hand.
 */
import { z } from 'astro/zod';
import { clientSchema } from './client-schema.ts';

/** A three-digit HTTP status code, 100–599. */
export const statusCodeSchema = z
  .number({ error: 'must be a number such as 200 (no quotes)' })
  .int({ error: 'must be a whole number' })
  .min(100, { error: 'must be between 100 and 599' })
  .max(599, { error: 'must be between 100 and 599' });

/** HTTP methods, with WebDAV's (RFC 4918) for the codes it defines. */
export const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK'] as const;

/** The request a reader sends to an example program, and the test sends too. */
export const exampleRequestSchema = z.strictObject({
  /** The HTTP method. */
  method: z.enum(httpMethods).default('GET'),
  /** The path on the example server, starting with "/", e.g. "/users/42". */
  path: z.string().startsWith('/', { error: 'must start with "/"' }),
  /** Request headers to send, e.g. `{ Content-Type: application/json }`. */
  headers: z.record(z.string(), z.string()).default({}),
  /** The request body, sent exactly as written. */
  body: z.string().optional(),
  /** How many times to send it; the last answer is the one that counts (e.g. 6 for a limit of 5 per minute). */
  repeat: z.number().int().min(1).max(20).default(1),
});

/** What an example program answers to its request; the example tests assert it. */
export const expectedResponseSchema = z.strictObject({
  /**
   * The final status code the program returns (101 for a protocol switch), or
   * "no response" when the server closes the connection without answering
   * (how nginx's 444 behaves).
   */
  status: z.union([statusCodeSchema, z.literal('no response')]),
  /** Interim 1xx responses that must arrive before the final one, in order, e.g. [103]. */
  interim: z.array(statusCodeSchema).default([]),
  /**
   * Response headers that matter for this code. A string must equal the
   * header's value, or its value before any `;` parameters (so
   * "application/json" matches "application/json; charset=utf-8");
   * `true` only requires the header to be present; `false` requires it to be
   * absent (to show a bad program's mistake, e.g. a 401 without WWW-Authenticate).
   */
  headers: z.record(z.string(), z.union([z.string(), z.boolean()])).default({}),
  /** `false` when the response must have no body (204, 304, HEAD). Omit to not check. */
  body: z.boolean().optional(),
});

/** Where a registered code is defined. */
export const specificationSchema = z.strictObject({
  /** The document, e.g. "RFC 9110", or an Internet-Draft's name for a temporary registration. */
  document: z.string().regex(/^(RFC \d+|draft-[a-z0-9-]+)$/, { error: 'must name the document, e.g. "RFC 9110" or "draft-ietf-…"' }),
  /** The section number, e.g. "15.3.1". */
  section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'must be a section number such as "15.3.1"' }),
  /**
   * How the IANA registry lists the code: `permanent`; `temporary` (a
   * provisional registration that expires); `obsoleted`; or `unused` (reserved,
   * reason phrase "(Unused)", like 306 and 418).
   */
  registration: z.enum(['permanent', 'temporary', 'obsoleted', 'unused']).default('permanent'),
  /** A link straight to that section. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// link to the section' }),
});

/** Who sends an unofficial (unregistered) code, and when. */
export const unofficialSchema = z.strictObject({
  /** The software or service that emits it, e.g. "nginx". */
  usedBy: z.string().min(2),
  /** A link to that vendor's documentation of the code. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// link' }).optional(),
});

/** A document and section a fact comes from, e.g. RFC 9110 §15.4.5. */
export const sourceSchema = z.strictObject({
  /** The document, e.g. "RFC 9110", or an Internet-Draft's name. */
  document: z.string().regex(/^(RFC \d+|draft-[a-z0-9-]+)$/, { error: 'must name the document, e.g. "RFC 9110" or "draft-ietf-…"' }),
  /** The section number, e.g. "15.4.5" (or an appendix, e.g. "B"). */
  section: z.string().regex(/^([A-Z]|\d+)(\.\d+)*$/, { error: 'must be a section number such as "15.4.5"' }),
});

/**
 * What a client should do about a response with this code, as shown in "At a
 * glance": advice, except where `cites` quotes the words of the code's own
 * definition that state it (the page then links that section).
 */
export const retryAdvice = {
  'not-needed': { text: 'Not needed: the request succeeded' },
  'wait-for-final': { text: 'Not needed: the final response follows on the same connection' },
  follow: { text: 'No: follow the Location header instead' },
  choose: { text: 'No: choose one of the alternatives offered (or follow Location, if there is one)' },
  'after-change': { text: 'Only after changing the request' },
  'after-delay': { text: 'Yes, after waiting (see Retry-After)' },
  'once-resolved': { text: 'Yes, unchanged, once the condition described on this page is met' },
  'once-fixed': { text: 'Once the cause is fixed, which may take a changed request or only time' },
  'once-paid': { text: 'Once paid for: unchanged after a top-up or upgrade, or changed to carry a payment' },
  'other-connection': {
    text: 'Yes, over a different connection, even when the method is not idempotent',
    cites: 'MAY retry the request, whether or not the request method is idempotent, over a different connection',
  },
  'repeat-new-connection': {
    text: 'Yes, the client may send it again, on a new connection if this one was closed',
    cites: 'If the client has an outstanding request in transit, it MAY repeat that request.',
  },
  'idempotent-only': { text: 'Only idempotent requests (GET, PUT, DELETE…), with backoff' },
  no: { text: 'No: the same request gets the same answer' },
  'not-sent': { text: 'Nothing to retry from: no response reaches the client' },
} as const satisfies Record<string, { text: string; cites?: string }>;

/**
 * Whether and how a cache may store a response with this code. One value per
 * real case; the accuracy tests derive the expected value from the pinned
 * specifications (RFC 9110 §15.1 and each code's section, RFC 6585, RFC 9111 §3).
 */
export const storageValues = [
  /** Heuristically cacheable (RFC 9110 §15.1): stored and reused without explicit freshness, for a lifetime the cache estimates. */
  'heuristic',
  /** A final response that is not heuristically cacheable: stored only with explicit freshness (`Cache-Control: max-age`, `Expires`) or a directive that allows it (RFC 9111 §3). */
  'explicit',
  /** The specification forbids storing it: "MUST NOT be stored by a cache" (RFC 6585 for 428, 429, 431, 511). */
  'never',
  /** An interim 1xx response, not a final one: a cache stores only final responses (RFC 9111 §3). */
  'interim',
  /** 304: not stored as a response of its own; it freshens the response the cache already holds (RFC 9111 §4.3.4). */
  'validation',
  /** An unofficial code that only appears in a server's logs: no response with it reaches a client or cache. */
  'not-sent',
] as const;

export type Storage = (typeof storageValues)[number];

/** How strongly a header goes with the code: the specification's keyword, or advice from this site. */
export const requirementValues = ['must', 'should', 'may', 'implied', 'advice'] as const;

/** One header that goes with the code. */
export const headerFactSchema = z
  .strictObject({
    /** The header, e.g. "Retry-After". */
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: 'must be a header name such as "Retry-After"' }),
    /**
     * `must`, `should` or `may`: the specification's keyword, which must appear
     * with the header's name in `source`. `implied`: the definition relies on
     * the header without a keyword (303's Location; `source` is that definition).
     * `advice`: no specification asks for it; this site recommends it.
     */
    requirement: z.enum(requirementValues),
    /** Where the requirement is stated. Required for every level but `advice`. */
    source: sourceSchema.optional(),
    /** `request` for a header the client (or a proxy) sends, such as 425's `Early-Data`; `response` by default. */
    in: z.enum(['response', 'request']).default('response'),
    /**
     * The request methods whose responses the header goes with, when not all:
     * 415's `Accept-Patch` answers a `PATCH` only. A comparison leaves the
     * header out of a side whose request uses another method.
     */
    methods: z.array(z.enum(httpMethods)).min(1).optional(),
    /**
     * The responses the header goes with, when only some: "in a Bearer-token
     * API" for 403's `WWW-Authenticate`. A comparison table, which shows no
     * purpose, shows this beside the requirement.
     */
    when: z.string().min(5).max(40).optional(),
    /** What it tells the client, as a short phrase. */
    purpose: z.string().min(5),
  })
  .check((ctx) => {
    const { requirement, source } = ctx.value;
    if (requirement !== 'advice' && !source) {
      ctx.issues.push({
        code: 'custom',
        input: source,
        path: ['source'],
        message: `is required for a ${requirement.toUpperCase()} requirement: the document and section that state it, e.g. { document: RFC 9110, section: "15.4.5" }`,
      });
    }
    if (requirement === 'advice' && source) {
      ctx.issues.push({ code: 'custom', input: source, path: ['source'], message: 'is only for requirements a specification states; advice has no source' });
    }
  });

/** How clients follow a 3xx response. */
export const redirectSchema = z.strictObject({
  /**
   * `automatic`: browsers, `fetch` and common HTTP libraries follow Location
   * without asking. `some-clients`: the specification lets a client follow it,
   * and some do (say which in `note`). `never`: clients do not follow it.
   */
  follow: z.enum(['automatic', 'some-clients', 'never']),
  /**
   * The method of the next request: `kept` (and the body with it),
   * `post-may-become-get` (a user agent MAY turn a POST into a GET, for
   * historical reasons), `becomes-get` (the next request is a GET or HEAD).
   * Omit when clients do not follow it.
   */
  method: z.enum(['kept', 'post-may-become-get', 'becomes-get']).optional(),
  /** Where the method rule is stated, when not in the code's own section (308's is in RFC 9110 §15.4). */
  methodSource: sourceSchema.optional(),
  /** The words of that section that state the method rule, word for word (for `kept`, which each section words differently). */
  methodEvidence: z.string().min(10).optional(),
  /** Which clients do what, naming each client (and its version where behaviour changed). Inline Markdown. Required for `some-clients`. */
  note: z.string().min(20).optional(),
});

/** The facts a client, browser or cache acts on. Shown in the "At a glance" table and used by search. */
export const factsSchema = z
  .strictObject({
    /** Whether and how a cache may store the response: one of `storageValues`. */
    storage: z.enum(storageValues),
    /** Whether the response may carry content. `false` for 1xx, 204, 205 and 304, and for codes never sent. */
    body: z.boolean(),
    /** Whether and when the client may send the same request again: a key of `retryAdvice`. */
    retry: z.enum(Object.keys(retryAdvice) as [keyof typeof retryAdvice, ...(keyof typeof retryAdvice)[]]),
    /** For 3xx: whether clients follow it, and what becomes of the method. */
    redirect: redirectSchema.optional(),
    /** The headers that go with the code. */
    headers: z.array(headerFactSchema).default([]),
  })
  .check((ctx) => {
    const { redirect } = ctx.value;
    if (redirect?.follow === 'some-clients' && !redirect.note) {
      ctx.issues.push({ code: 'custom', input: redirect, path: ['redirect', 'note'], message: 'is required when follow is "some-clients": say which clients follow it and which do not' });
    }
    if (redirect?.method === 'kept' && !redirect.methodEvidence) {
      ctx.issues.push({ code: 'custom', input: redirect, path: ['redirect', 'methodEvidence'], message: 'is required for "kept": the words of the specification that keep the method' });
    }
    if (redirect?.follow === 'automatic' && !redirect.method) {
      ctx.issues.push({ code: 'custom', input: redirect, path: ['redirect', 'method'], message: 'is required when clients follow the redirect automatically: kept, post-may-become-get or becomes-get' });
    }
  });

export type HeaderFact = z.output<typeof headerFactSchema>;

/** A raw HTTP/1.1 exchange, as a reader would see it on the wire. */
export const exchangeSchema = z.strictObject({
  /** The request: request line, headers, blank line, optional body. */
  request: z.string().regex(/^[A-Z]+ \S+ HTTP\/1\.1\n/, { error: 'must start with a request line such as "GET /users/42 HTTP/1.1"' }),
  /** The response: status line, headers, blank line, optional body. */
  response: z.string().min(10),
});

/** A framework that cannot send this code by itself: why, and what its program shows instead. */
export const frameworkOverrideSchema = z.strictObject({
  /** One or two sentences shown above the program, e.g. "Flask (WSGI) cannot send 1xx responses; …". */
  note: z.string().min(20),
  /** The request for this framework's program, when it differs. */
  request: exampleRequestSchema.optional(),
  /** What this framework's program answers instead. */
  expect: expectedResponseSchema,
});

/** A message a developer meets when this code happens, from a framework, a client, a proxy or a CDN. */
export const seenMessageSchema = z.strictObject({
  /** The message, word for word as the product prints it (a variable part, such as a URL, shortened to "…"). */
  text: z.string().min(3).max(200),
  /** Who prints it, where, and the version read, e.g. "nginx 1.31, error log" or "Python requests 2.34". */
  from: z.string().min(3).max(80),
  /** Where it was read: a repository, file and commit or tag, or a documentation page. Not shown; kept for checking. */
  source: z.string().min(5),
});

/** "When not to use it": a situation and the better code for it. */
export const alternativeSchema = z.strictObject({
  /** The code to use instead; it must have its own page. */
  code: statusCodeSchema,
  /** The situation in which that code is the better answer, as one sentence. */
  when: z.string().min(10),
});

/** A wrong way to use (or avoid) this code, and the corrected program. */
export const practiceSchema = z.strictObject({
  /** Which framework the bad and good programs use (`bad.mjs`/`good.mjs` or `bad.py`/`good.py`). */
  framework: z.enum(['express', 'flask']),
  /** The request both programs are sent. */
  request: exampleRequestSchema,
  /** What is wrong with the bad program, as one or two sentences. */
  mistake: z.string().min(10),
  /** What the bad program answers, showing the mistake. */
  bad: expectedResponseSchema,
  /** Why the good program is right, as one or two sentences. */
  fix: z.string().min(10),
  /** What the good program answers. */
  good: expectedResponseSchema,
});

export const codeSchema = z
  .strictObject({
    /** The status code; it must equal the file name (`200.mdx` has `code: 200`). */
    code: statusCodeSchema,
    /** The reason phrase as registered, e.g. "OK", "Not Found". */
    reason: z.string().min(2).max(40),
    /** One sentence: what the code says. Used as the meta description and the search excerpt. */
    summary: z
      .string()
      .min(30, { error: 'must be one full sentence (30–200 characters)' })
      .max(200, { error: 'must be one sentence of at most 200 characters' })
      .regex(/^[^`<>*_[\]]*$/, { error: 'is plain text (it becomes the meta description): no Markdown or HTML' }),
    /** Where a registered code is defined. Exactly one of `spec` and `unofficial`. */
    spec: specificationSchema.optional(),
    /** For a code no specification registers: who uses it. Exactly one of `spec` and `unofficial`. */
    unofficial: unofficialSchema.optional(),
    /** Former reason phrases and other names, e.g. "Payload Too Large" for 413. Searchable. */
    aliases: z.array(z.string()).default([]),
    /** The everyday phrases people search for this code with, e.g. "success response". */
    keywords: z.array(z.string().min(2)).min(1, { error: 'needs at least one search phrase' }),
    /**
     * "You may have seen": real messages developers meet when this code happens
     * (at most 8), so a pasted error message finds the page that shows it.
     */
    seen: z.array(seenMessageSchema).max(8, { error: 'keep "You may have seen" short: at most 8 messages' }).default([]),
    /** Codes a reader of this page should also know; each must have its own page. */
    related: z.array(statusCodeSchema).min(1, { error: 'needs at least one related code' }),
    /** Situations where another code is the right answer. */
    notFor: z.array(alternativeSchema).min(1, { error: 'needs at least one "when not to use it" entry' }),
    /** Cacheability, body, retry advice and headers. */
    facts: factsSchema,
    /** A typical request and response, on the wire. */
    exchange: exchangeSchema,
    /** The request to send to `app.mjs` (Express) and `app.py` (Flask), and what they answer. */
    example: z.strictObject({
      request: exampleRequestSchema,
      expect: expectedResponseSchema,
      /** Set when Express cannot send the code itself; its program shows the nearest runnable thing. */
      express: frameworkOverrideSchema.optional(),
      /** Set when Flask cannot send the code itself; its program shows the nearest runnable thing. */
      flask: frameworkOverrideSchema.optional(),
    }),
    /** The bad-vs-good pair. */
    practice: practiceSchema,
    /** "When your client gets a NNN", for codes a client must act on in a particular way. */
    client: clientSchema.optional(),
  })
  .check((ctx) => {
    const { spec, unofficial, code, reason, related, notFor, exchange, facts } = ctx.value;
    // The exchange must show this code: as its status line, or (208, which only
    // appears inside a 207 Multi-Status body) as a status line in the body.
    if (spec && !new RegExp(`(^|\\n|>)HTTP/1\\.1 ${code}( |\\n|<|$)`).test(exchange.response)) {
      ctx.issues.push({
        code: 'custom',
        input: exchange.response,
        path: ['exchange', 'response'],
        message: `must show the status line "HTTP/1.1 ${code} ${reason}"`,
      });
    }
    if (facts.redirect && Math.floor(code / 100) !== 3) {
      ctx.issues.push({ code: 'custom', input: facts.redirect, path: ['facts', 'redirect'], message: 'is only for 3xx codes' });
    }
    // "Yes, after waiting (see Retry-After)" sends the reader to a header the page must list.
    if (facts.retry === 'after-delay' && !facts.headers.some((header) => header.name === 'Retry-After')) {
      ctx.issues.push({ code: 'custom', input: facts.retry, path: ['facts', 'retry'], message: '"after-delay" points to Retry-After, so facts.headers must list it' });
    }
    if (!spec === !unofficial) {
      ctx.issues.push({
        code: 'custom',
        input: spec,
        path: ['spec'],
        message: 'give exactly one of `spec` (a registered code) and `unofficial` (who uses it)',
      });
    }
    if (related.includes(code)) {
      ctx.issues.push({ code: 'custom', input: related, path: ['related'], message: 'must not list the page’s own code' });
    }
    notFor.forEach((alternative, index) => {
      if (alternative.code === code) {
        ctx.issues.push({
          code: 'custom',
          input: alternative.code,
          path: ['notFor', index, 'code'],
          message: 'must name a different code than the page’s own',
        });
      }
    });
  });

export type CodeData = z.output<typeof codeSchema>;
export type ExampleRequest = z.output<typeof exampleRequestSchema>;
export type ExpectedResponse = z.output<typeof expectedResponseSchema>;
