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
        detail: 'without `Cache-Control` or `Expires`, a cache may still store it and reuse it for a lifetime it estimates',
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
 * What the request's method adds to a code's storability, for a comparison
 * side that shows one request: whatever the code, responses to `PUT` and
 * `DELETE` are never stored, a `POST`'s only under conditions, and those to
 * other methods only where a cache knows the method. Nothing for `GET` and
 * `HEAD`.
 */
export function methodStorage(method: string): StorageStatement | undefined {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return undefined;
    case 'POST':
      return {
        answer: 'Answering a `POST`',
        detail: 'stored only with explicit freshness and a `Content-Location` equal to the request URL',
        source: { document: 'RFC 9110', section: '9.3.3' },
        evidence: 'Responses to POST requests are only cacheable when they include explicit freshness information',
      };
    case 'PUT':
    case 'DELETE': {
      const quote = `Responses to the ${method} method are not cacheable`;
      return { answer: `Answering a \`${method}\``, detail: '', quote, source: { document: 'RFC 9110', section: method === 'PUT' ? '9.3.4' : '9.3.5' }, evidence: quote };
    }
    default:
      return {
        answer: `Answering a \`${method}\``,
        detail: 'not stored by most caches, which store responses to `GET` and `HEAD` only',
        source: { document: 'RFC 9110', section: '9.2.3' },
        evidence: 'the overwhelming majority of cache implementations only support GET and HEAD',
      };
  }
}
