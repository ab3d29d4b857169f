/**
 * The sentences of "At a glance" that state what a specification says (the
 * body, the redirect, the retry), each with the section that says it and the
 * words of that section it relies on. Kept here, as data, so the accuracy
 * tests can check every citation against the pinned specifications.
 */
import { retryAdvice, type CodeData } from './code-schema.ts';
import { classOf } from './status-class.ts';
import type { SourceRef } from './spec-links.ts';

export interface Statement {
  /** Inline Markdown (backticks). */
  text: string;
  source?: SourceRef;
  /** Words of `source`, exactly as written there, that the statement relies on. */
  evidence?: string;
}

const rfc9110 = (section: string): SourceRef => ({ document: 'RFC 9110', section });
const ownSection = (data: Pick<CodeData, 'spec'>): SourceRef | undefined => (data.spec ? { document: data.spec.document, section: data.spec.section } : undefined);
const cited = (text: string, source: SourceRef | undefined, evidence: string): Statement => (source ? { text, source, evidence } : { text });

/** Whether the response may carry content. */
export function bodyStatement(data: Pick<CodeData, 'code' | 'spec' | 'facts'>): Statement {
  if (data.facts.storage === 'not-sent') return { text: 'None: no response is sent' };
  if (data.facts.body) {
    // A 2xx answer to CONNECT opens a tunnel in place of content.
    return classOf(data.code).id === '2xx'
      ? { text: 'Allowed, except in a response to `HEAD`, or to `CONNECT`, which opens a tunnel instead', source: rfc9110('6.4.1'), evidence: 'switch the connection to tunnel mode instead of having content' }
      : { text: 'Allowed, except in a response to `HEAD`', source: rfc9110('9.3.2'), evidence: 'the server MUST NOT send content in the response' };
  }
  if (data.code === 205) return cited('Never: the server must not send content with a 205', ownSection(data), 'a server MUST NOT generate content in a 205 response');
  if (data.code < 200 || data.code === 204 || data.code === 304) {
    return {
      text: 'Never: 1xx, 204 and 304 responses do not include content',
      source: rfc9110('6.4.1'),
      evidence: 'All 1xx (Informational), 204 (No Content), and 304 (Not Modified) responses do not include content.',
    };
  }
  return { text: 'Never' };
}

/** What a client should do about the request, with the code's own section when it says so. */
export function retryStatement(data: Pick<CodeData, 'spec' | 'facts'>): Statement {
  const advice: { text: string; cites?: string } = retryAdvice[data.facts.retry];
  return advice.cites ? cited(advice.text, ownSection(data), advice.cites) : { text: advice.text };
}

const methodStatements = {
  kept: { text: 'The method and body are kept: a `POST` is sent again as a `POST`' },
  'post-may-become-get': { text: 'For historical reasons, a user agent may turn a `POST` into a `GET`', evidence: 'a user agent MAY change the request method from POST to GET' },
  'becomes-get': { text: 'The next request is a `GET` (or `HEAD`), whatever the first method was', evidence: 'a GET or HEAD request' },
} as const;

/** How clients follow a 3xx, and what becomes of the method; undefined for codes that are not redirects. */
export function redirectStatements(data: Pick<CodeData, 'spec' | 'facts'>): Statement[] | undefined {
  const { redirect } = data.facts;
  if (!redirect) return undefined;
  const follow =
    redirect.follow === 'automatic'
      ? { text: 'Browsers, `fetch` and common HTTP libraries follow `Location` automatically' }
      : redirect.follow === 'never'
        ? { text: 'Not followed: clients do not act on it' }
        : { text: redirect.note ?? '' };
  if (!redirect.method) return [follow];
  const method = methodStatements[redirect.method];
  const source = redirect.methodSource ?? ownSection(data);
  const evidence = redirect.methodEvidence ?? ('evidence' in method ? method.evidence : undefined);
  return [follow, source && evidence ? { text: method.text, source, evidence } : { text: method.text }];
}
