/**
 * The words of a page's "You may have seen" messages that search indexes:
 * the distinctive ones (identifiers such as `PayloadTooLargeError`,
 * `client_max_body_size`, `ECONNREFUSED`, and uncommon words such as
 * "upstream"), not the words every message shares ("failed", "error",
 * "request") nor those the page's name and search phrases already have.
 * Indexing only these keeps the search index small while a pasted message
 * still finds its page.
 */
import type { CodeData } from './code-schema.ts';

/**
 * Words too common in error messages to tell one code from another, including
 * the boilerplate of nginx's error log ("… while reading response header from
 * upstream"), which would pull every nginx line towards any page quoting one.
 */
const commonWords = new Set(
  `a an the and or of to in on for with from by at as is are was be been it its this that these those not no yes you your we our they their
  there here what which who when where why how can could may might must should would will shall do does did done has have had than then so
  but if else about into over under while because due after before all any each every some such more most less other another same own very
  just only also too up down out off again once both few many much none error errors server client request requests response responses http
  https status code codes failed failure invalid unable cannot line page url uri host resource reason message header headers body content
  type file value set get post put delete exception exceptions see try later please sent while reading upstream load return returned returning`.split(/\s+/),
);

/** Lower-case words of a text, keeping identifiers whole (`client_max_body_size`, `err_too_many_redirects`). */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9_]*[a-z0-9]|[a-z]/g) ?? []).filter(Boolean);
}

/** The distinctive words of the page's messages that its name and search phrases do not already contain. */
export function messageSearchTerms(data: Pick<CodeData, 'code' | 'reason' | 'aliases' | 'keywords' | 'seen'>): string[] {
  const named = new Set(words([String(data.code), data.reason, ...data.aliases, ...data.keywords].join(' ')));
  const terms = new Set<string>();
  // Lines every code has in the same shape ("… status of 429 (…)", "429 Client Error: …") add nothing that tells codes apart.
  const distinctive = data.seen.filter((message) => !/status of \d{3}|\d{3} (Client|Server) Error:|status code \d{3}/.test(message.text));
  for (const message of distinctive) {
    for (const word of words(message.text)) {
      if (word.length >= 3 && !commonWords.has(word) && !named.has(word)) terms.add(word);
    }
  }
  return [...terms];
}

/**
 * How people search for the client side of a code by its number: "handle
 * 429 in Python", "429 fetch". Shown on the page, not indexed: the number
 * in such a query already finds the page.
 */
export function clientNumberPhrases(code: number): string[] {
  return [`handle ${code} in JavaScript`, `handle ${code} in Python`, `${code} fetch`, `${code} python requests`];
}
