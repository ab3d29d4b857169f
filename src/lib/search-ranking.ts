/**
 * Re-ranks Pagefind's best results with what Pagefind cannot know: that a
 * query naming a code's number, reason phrase, former name or everyday phrase
 * ("too many requests", "payload too large", "success response") is asking for
 * that page, however often other pages use the same words in their prose.
 */
export interface RankedResult {
  /** Pagefind's relevance score. */
  score: number;
  /** "429", or "4xx" for a class page. */
  code: string;
  /** "429 Too Many Requests" */
  title: string;
  /** Reason phrase, aliases and search phrases, comma-separated. */
  keywords: string;
  /** "Comparison" for a comparison page; absent for code and class pages. */
  kind?: string | undefined;
}

/**
 * How much a comparison page's boost is scaled down when the query does not
 * name it ("permanent redirect keep method" wants 308, not 301 vs 308): a
 * comparison uses every word of its codes, so Pagefind ranks it high for
 * queries about any one of them.
 */
const comparisonFactor = 0.25;

/** Words that carry no meaning in a query such as "server is down". */
const stopWords = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'my', 'to', 'of', 'for', 'on', 'in', 'it', 'with', 'when', 'what']);

/**
 * Splits the identifiers of a pasted message into words, keeping the original
 * words too: "PayloadTooLargeError" adds "payload too large error",
 * "ERR_TOO_MANY_REDIRECTS" adds "err too many redirects", and a leading
 * acronym stays whole: "HTTPForbidden" adds "http forbidden",
 * "URITooLongError" adds "uri too long error".
 */
export function expandIdentifiers(text: string): string {
  return text.replace(/[A-Za-z0-9]+(?:[_.][A-Za-z0-9]+)+|[a-z0-9]+(?:[A-Z][a-z0-9]+)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[A-Z]{2,}(?:[A-Z][a-z0-9]+)+/g, (identifier) => {
    // An acronym's plural ("POSTs", "APIs") is one word.
    if (/^[A-Z]+s$/.test(identifier)) return identifier;
    const parts = identifier
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[\s_.]+/)
      .filter(Boolean);
    return parts.length > 1 ? `${identifier} ${parts.join(' ')}` : identifier;
  });
}

/** Lower case, apostrophes, punctuation and stop words removed, single spaces. */
export function normalise(text: string): string {
  return plainWords(text)
    .split(' ')
    .filter((word) => word && !stopWords.has(word))
    .join(' ');
}

/** Lower case, apostrophes and punctuation removed, stop words kept: "Retry With" is "retry with". */
function plainWords(text: string): string {
  return text.toLowerCase().replace(/[’'`]/g, '').split(/[^a-z0-9]+/).filter(Boolean).join(' ');
}

/** The codes a comparison's short name weighs: "401 vs 403" → ["401", "403"]; a code page's code alone. */
export function comparedCodes(code: string): string[] {
  return code.split(' vs ');
}

/** Whether the query asks which code to use: "which status code for …", "what code should I return", "best http response code for …", "how do I pick the right status code". */
export function asksForACode(query: string): boolean {
  const words = new Set(query.toLowerCase().split(/[^a-z]+/));
  return ['which', 'what', 'whats', 'best', 'should', 'pick', 'choose'].some((word) => words.has(word)) && ['status', 'code', 'codes', 'response', 'error'].some((word) => words.has(word));
}

/** Whether the query asks about codes in the plural and names none, as a class does: "which codes mean it worked", "codes for mistakes in my API call". */
export function asksForAClass(query: string): boolean {
  const words = query.toLowerCase().split(/[^a-z0-9]+/);
  return words.includes('codes') && !words.some((word) => /^\d{3}$/.test(word));
}

/** Words that frame a name without changing it: "too many requests status code", "http 418 response". */
const framingWords = new Set(['http', 'status', 'code', 'codes', 'response']);

/**
 * Words that frame a question for the guide ("which status code should I
 * return for …") and say nothing of which code: the framing words of a name,
 * and the question's own.
 */
const questionWords = new Set([...framingWords, 'which', 'what', 'whats', 'mean', 'means', 'should', 'return', 'best', 'correct', 'right', 'proper', 'appropriate', 'i', 'we', 'do', 'does']);

/**
 * The words of `query` (given as `words`) that say which code it wants: in a
 * question for the guide, "which status code for maintenance page" has
 * "maintenance" and "page", so that pages are not ranked up for having
 * "status" and "code". Other queries lose only a "status code" that comes
 * before what it is for; a query with nothing else keeps every word.
 */
export function withoutQuestionWords(query: string, words: readonly string[]): string[] {
  const framing = asksForACode(query) ? questionWords : framingBeforeSubject(query);
  const content = words.filter((word) => !framing.has(word));
  return content.length > 0 ? content : [...words];
}

/**
 * Words of a question that could be asked of any API, so name no situation:
 * "which status code should my rest api return", "how do i pick the right
 * status code for an endpoint", "what status code for this error".
 */
const generalWords = new Set(['api', 'apis', 'rest', 'restful', 'endpoint', 'endpoints', 'use', 'using', 'send', 'back', 'error', 'errors', 'statuses', 'this', 'our', 'your', 'how', 'pick', 'picking', 'choose', 'choosing', 'decide', 'fits', 'situation', 'not', 'sure', 'unsure']);

/** Whether the query asks which code to use without naming a situation, so that the guide is its answer. */
export function asksInGeneral(query: string): boolean {
  return asksForACode(query) && normalise(query).split(' ').every((word) => questionWords.has(word) || generalWords.has(word));
}

/** Words after "status code" that introduce what it is for: "status code for …", "… during …", "… because …". */
const subjectIntroducers = new Set(['for', 'when', 'if', 'after', 'during', 'while', 'on', 'in', 'with', 'to', 'from', 'of', 'where', 'because', 'meaning', 'that']);

/** The words that frame a query as asking for a code: "status" and "code". */
const framingNouns = new Set(['code', 'status']);

/**
 * "status code" (or "http status", "response code", "return code") followed
 * by what it is for: "status code for soft-deleted row" is about "soft",
 * "deleted" and "row", and "status code when payment fails" about "payment"
 * and "fails"; "status code during scheduled downtime" about the downtime.
 * So does "status code" at the end, after what it is for: "api maintenance
 * window status code" is about the maintenance window. So does a query's
 * first word "status" or "code" before what it is for: "status for soft
 * deleted item" is about the soft-deleted item. A lone "status" may
 * be what a query asks about (207 Multi-Status), and "client error codes
 * list" wants "codes".
 */
function framingBeforeSubject(query: string): Set<string> {
  const words = query.toLowerCase().split(/[^a-z]+/);
  const framing = new Set<string>();
  words.forEach((word, index) => {
    const before = words[index - 1] ?? '';
    if (framingNouns.has(word) && ['status', 'http', 'response', 'return'].includes(before) && before !== word && (subjectIntroducers.has(words[index + 1] ?? '') || (index === words.length - 1 && index >= 2))) {
      framing.add(before).add(word);
    }
    if (index === 0 && framingNouns.has(word) && subjectIntroducers.has(words[1] ?? '')) framing.add(word);
  });
  return framing;
}

/** Whether the query asks for the status code of a situation without a question word: "status code for validation failure", "api maintenance window status code". */
export function framesASubject(query: string): boolean {
  return framingBeforeSubject(query).size > 0;
}

/** How strongly `result` answers `query`: a factor for Pagefind's score. */
export function boost(query: string, result: RankedResult): number {
  const factor = nameBoost(query, result);
  return result.kind === 'Comparison' && factor < framedNameBoost ? factor * comparisonFactor : factor;
}

/** Words that join the codes or names a comparison query asks about: "401 or 403", "difference between 502 and 504". */
const joiners = new Set(['or', 'vs', 'versus', 'and', 'difference', 'between', 'compared']);

/**
 * How strongly a comparison answers a query that names its codes ("403 or
 * 401", "400 vs 422 for a POST") or their names ("unauthorized or
 * forbidden"), in any order; 0 when the query does not name two or more of
 * its sides.
 */
function comparisonBoost(wanted: string, result: RankedResult): number {
  const codes = comparedCodes(result.code);
  const words = wanted.split(' ').filter((word) => !joiners.has(word));
  const numbers = words.filter((word) => /^\d{3}$/.test(word));
  if (numbers.length >= 2) {
    // "400 vs 422", or with more words around the codes: "400 vs 422 response to POST of data".
    if (numbers.every((number) => codes.includes(number))) return numbers.length === words.length && numbers.length === codes.length ? 100 : 12;
    if (numbers.length === words.length) return 0;
  }
  const sides = normalise(result.title).split(/ vs /);
  const named = sides.filter((side) => side.split(' ').some((word) => word.length > 3 && !/^\d/.test(word) && words.includes(word)));
  const titleWords = new Set(normalise(result.title).split(' '));
  return named.length >= 2 && words.every((word) => titleWords.has(word)) ? 12 : 0;
}

/** The boost of a page whose name the query is, framed ("… status code") or joined by "vs"; enough to put the page first. */
export const framedNameBoost = 8;

/** `text` (normalised) with "vs" and "versus" read as "or". */
function joinedByOr(text: string): string {
  return text
    .split(' ')
    .map((word) => (word === 'vs' || word === 'versus' ? 'or' : word))
    .join(' ');
}

/** A normalised query without framing words at either end, joined by "or"; "" when nothing else is left. */
function core(query: string): string {
  const words = joinedByOr(query).split(' ');
  while (words.length > 0 && framingWords.has(words[0]!)) words.shift();
  while (words.length > 0 && framingWords.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

function nameBoost(query: string, result: RankedResult): number {
  const wanted = normalise(query);
  if (!wanted) return 1;
  if (wanted === normalise(result.code)) return 100;
  if (result.kind === 'Comparison') {
    const compared = comparisonBoost(wanted, result);
    if (compared > 0) return compared;
  }
  const title = normalise(result.title);
  const phrases = [normalise(title.replace(/^\S+ /, '')), ...result.keywords.split(',').map(normalise)].filter(Boolean);
  if (phrases.includes(wanted)) return 12;
  // The same name framed ("… status code") or joined another way ("not logged in vs no permission").
  // Only the query loses its framing words: "success response" is not the "success codes" of 2xx.
  // Boosted less than the name itself, so "success response" (200's phrase) still puts 200 before 2xx Success.
  const framed = core(wanted);
  if (framed && phrases.some((phrase) => joinedByOr(phrase) === framed)) return framedNameBoost;
  const padded = (text: string): string => ` ${text} `;
  if (phrases.some((phrase) => padded(phrase).includes(padded(wanted))) || padded(title).includes(padded(wanted))) return 6;
  const words = wanted.split(' ');
  const named = padded([title, ...phrases].join(' '));
  if (words.every((word) => named.includes(` ${word}`))) return 2;
  return 1;
}

/**
 * How many words long the longest of a page's search phrases is that a long
 * query contains whole: a pasted "Kestrel.Core.BadHttpRequestException:
 * Request body too large." holds 413's "request body too large" (4 words),
 * even though 400's "bad" and 414's "too large" cover as many of its words.
 * Only phrases of two or more words and ten or more characters count, so
 * that a one-word phrase such as "blocked", or a short one such as "not ok",
 * does not claim every query that has it. A phrase is held with its stop
 * words too, and the title by its name alone: "asks the client to retry with
 * more info" holds "retry with", the name of 449 Retry With, which is a
 * single word without them.
 * `indexed` is what Pagefind indexed of the page: its name and phrases,
 * separated by commas and full stops.
 */
export function longestPhraseIn(query: string, indexed: string): number {
  const expanded = expandIdentifiers(query);
  const normalised = ` ${normalise(expanded)} `;
  const plain = ` ${plainWords(expanded)} `;
  const held = (phrase: string, padded: string): boolean => phrase.includes(' ') && phrase.length >= 10 && padded.includes(` ${phrase} `);
  return Math.max(
    0,
    ...indexed.split(/[,.]\s/).flatMap((segment, index) => {
      // The title ("449 Retry With") counts by its name; a phrase such as "598 status code" keeps its number.
      const text = index === 0 ? segment.replace(/^\s*\d{3}\s+/, '') : segment;
      const phrase = normalise(text);
      const whole = plainWords(text);
      return [held(phrase, normalised) ? phrase.split(' ').length : 0, held(whole, plain) ? whole.split(' ').length : 0];
    }),
  );
}

/** Whether two words differ only in an ending, as Pagefind's stemmer sees them: "moving", "moved" and "move" are all "mov". */
function sameStem(onPage: string, word: string): boolean {
  const stem = (text: string): string => text.replace(/(?:ing|ed|es|e|s)$/, '');
  return stem(word).length >= 3 && stem(onPage) === stem(word);
}

/** The words of a text as the index splits them, lower case: "Retry-After header" is "retry", "after", "header". */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean);
}

/**
 * A page's search phrases, one by one: the comma-separated lists in what
 * Pagefind indexed of it. Not its title, nor the distinctive words of its
 * messages, which are indexed as one run of words after the title.
 */
function searchPhrases(indexed: string): string[] {
  return indexed
    .split(/\.\s/)
    .filter((part, index) => index > 0 && part.includes(', '))
    .flatMap((part) => part.split(/,\s/));
}

/**
 * Whether a word of a phrase is a word of the query, more strictly than
 * `sameWord`: the same word, or the same with another ending of up to three
 * letters ("limit", "limits", "limiting"). Four shared letters are not
 * enough inside a phrase: "http" is not "HttpMediaTypeNotSupportedException",
 * nor "exceeded" "excess".
 */
function sameWordInPhrase(onPage: string, word: string): boolean {
  if (onPage === word) return true;
  const [shorter, longer] = onPage.length <= word.length ? [onPage, word] : [word, onPage];
  if (shorter.length >= 3 && longer.startsWith(shorter) && longer.length - shorter.length <= 3) return true;
  return sameStem(onPage, word);
}

/** Phrases longer than this are lists rather than phrases, and are not weighed as one. */
const longestPhraseWords = 8;

/**
 * How many of the query's `words` the one search phrase of a page that has
 * most of them has; 0 when no phrase has two. Words found together in one
 * phrase say more than the same words spread over a page: "cname target does
 * not resolve behind cloudflare" has "resolve" and "cloudflare" in 530's
 * "cloudflare cannot resolve origin", while 503 and 504 have two of its words
 * as well ("target" and "behind"), each in another phrase.
 */
export function mostWordsInOnePhrase(words: readonly string[], indexed: string): number {
  const most = Math.max(
    0,
    ...searchPhrases(indexed)
      .map(wordsOf)
      .filter((phrase) => phrase.length <= longestPhraseWords)
      .map((phrase) => words.filter((word) => phrase.some((onPage) => sameWordInPhrase(onPage, word))).length),
  );
  return most >= 2 ? most : 0;
}

/** The results, best first: Pagefind's score times the boost. Stable for equal scores. */
export function rerank<T extends RankedResult>(query: string, results: T[]): T[] {
  return results
    .map((result, index) => ({ result, index, score: result.score * boost(query, result) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ result }) => result);
}

/**
 * Whether a word on a page is a word of the query: they share four leading
 * letters (or the whole of a shorter query word), or differ only in an
 * ending, as Pagefind's stemmer sees them: "moving" is "moved" and "move",
 * "saving" is "save", though they share only three letters.
 */
export function sameWord(onPage: string, word: string): boolean {
  let shared = 0;
  while (shared < onPage.length && onPage[shared] === word[shared]) shared += 1;
  if (shared >= Math.min(4, word.length)) return true;
  if (shared < 3) return false; // stems of three letters or more that are equal share three letters
  return sameStem(onPage, word);
}

/**
 * Whether a result really contains the query. When no page has a word, Pagefind
 * falls back to ever shorter prefixes of it ("bananas" finds "ban", "xylophone"
 * finds "X"); such results are noise. A real match is a marked word that is
 * a word of the query (see `sameWord`).
 */
export function isRealMatch(excerptHtml: string, query: string): boolean {
  const marked = [...excerptHtml.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => normalise(match[1] ?? ''));
  const words = normalise(query).split(' ').filter(Boolean);
  return marked.some((mark) => words.some((word) => sameWord(mark, word)));
}
