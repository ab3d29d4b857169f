/**
 * What "At a glance" and the comparison tables say about caching, for each
 * storage value (see `storageValues` in code-schema.ts), with the section
 * that says so. The accuracy tests check each citation against the pinned
 * specifications.
 */
import type { CodeData, Storage } from './code-schema.ts';
import type { SourceRef } from './spec-links.ts';

export interface StorageStatement {
  /** The answer first, e.g. "Never stored". */
  answer: string;
  /** The rest of the sentence, after the answer (inline Markdown). */
  detail: string;
  /** The specification's own words, when the statement quotes them. */
  quote?: string;
  /** The section that states it. */
  source?: SourceRef;
  /** Words of `source`, exactly as written there, that the statement relies on. */
  evidence?: string;
}

/** RFC 6585's sentence for 428, 429, 431 and 511, word for word. */
export function mustNotBeStoredQuote(code: number): string {
  return `Responses with the ${code} status code MUST NOT be stored by a cache`;
}

export function storageStatement(data: Pick<CodeData, 'code' | 'spec' | 'facts'>): StorageStatement {
  const storage: Storage = data.facts.storage;
  const ownSection = data.spec ? { document: data.spec.document, section: data.spec.section } : undefined;
  switch (storage) {
    case 'heuristic':
      return {
        answer: 'Yes, heuristically cacheable',
        detail: 'without `Cache-Control` or `Expires`, a cache may still store one sent to a `GET` or `HEAD` and reuse it for a lifetime it estimates',
        // RFC 9111 §4.2.2: what RFC 9110 calls "heuristically cacheable", earlier RFCs (such as RFC 7725 for 451) called "cacheable by default".
        ...(ownSection
          ? { source: ownSection, evidence: `A ${data.code} response is ${ownSection.document === 'RFC 9110' ? 'heuristically cacheable' : 'cacheable by default'}` }
          : {}),
      };
    case 'explicit':
      return {
        answer: 'Only with explicit freshness',
        detail: 'a cache stores it only when `Cache-Control` (such as `max-age`) or `Expires` allows it; it is not heuristically cacheable',
        source: { document: 'RFC 9111', section: '3' },
        evidence: 'a status code that is defined as heuristically cacheable',
      };
    case 'never':
      return {
        answer: 'Never stored',
        detail: '',
        quote: mustNotBeStoredQuote(data.code),
        ...(ownSection ? { source: ownSection, evidence: mustNotBeStoredQuote(data.code) } : {}),
      };
    case 'interim':
      return {
        answer: 'No',
        detail: 'an interim response is not stored; a cache stores only final responses',
        source: { document: 'RFC 9111', section: '3' },
        evidence: 'the response status code is final',
      };
    case 'validation':
      return {
        answer: 'Not stored itself',
        detail: 'a cache uses it to freshen the response it already holds, then serves that',
        source: { document: 'RFC 9111', section: '4.3.4' },
        evidence: 'When a cache receives a 304 (Not Modified) response, it needs to identify stored responses that are suitable for updating',
      };
    case 'not-sent':
      return { answer: 'Nothing to store', detail: 'no response with this code reaches a client or a cache' };
  }
}

/**
 * What a cache does with the answer to a request with `method` and this
 * code: the method's rule when it is stricter than the code's (a `DELETE`'s
 * 204 is never stored), else the code's. A code never stored (429), not
 * stored itself (304) or never sent keeps its own answer.
 */
export function storageFor(data: Pick<CodeData, 'code' | 'spec' | 'facts'>, method: string | undefined): StorageStatement {
  const forMethod = method && ['heuristic', 'explicit'].includes(data.facts.storage) ? methodStorage(method) : undefined;
  return forMethod ?? storageStatement(data);
}

/** Sections of RFC 9110 that say a method's responses are never stored. */
const notCacheable: Record<string, string> = { PUT: '9.3.4', DELETE: '9.3.5', CONNECT: '9.3.6', OPTIONS: '9.3.7', TRACE: '9.3.8' };

/**
 * Whether a cache may store the answer to a request with `method`, for a
 * comparison side that shows one request: the method's rule comes before
 * the code's, so the answer to a `DELETE` is never stored whatever its code,
 * and a `POST`'s or `PATCH`'s only with explicit freshness and a matching
 * `Content-Location`. Undefined for `GET` and `HEAD`, where the code decides.
 */
export function methodStorage(method: string): StorageStatement | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined;
  const section = notCacheable[method];
  if (section) {
    const quote = `Responses to the ${method} method are not cacheable`;
    return { answer: `Never stored, as the answer to a \`${method}\``, detail: '', quote, source: { document: 'RFC 9110', section }, evidence: quote };
  }
  const detail = 'a cache stores it only with explicit freshness and a `Content-Location` equal to the request URL';
  if (method === 'POST') {
    return { answer: 'Rarely, as the answer to a `POST`', detail, source: { document: 'RFC 9110', section: '9.3.3' }, evidence: 'Responses to POST requests are only cacheable when they include explicit freshness information' };
  }
  if (method === 'PATCH') {
    return { answer: 'Rarely, as the answer to a `PATCH`', detail, source: { document: 'RFC 5789', section: '2' }, evidence: 'A response to this method is only cacheable if it contains explicit freshness information' };
  }
  return {
    answer: `Rarely, as the answer to a \`${method}\``,
    detail: 'most caches store the answers to `GET` and `HEAD` only',
    source: { document: 'RFC 9110', section: '9.2.3' },
    evidence: 'the overwhelming majority of cache implementations only support GET and HEAD',
  };
}
