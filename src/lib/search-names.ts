/**
 * The names table (/search/names.json): every page's number, name and former
 * names, and the names languages give its code as a constant, small enough to
 * load the moment the reader focuses the search box (about 3 KB gzip). A
 * query that names a page ("404", "teapot", "too many requests", "payload too
 * large", "HttpStatusCode.Ambiguous", even "forbiden") is answered from it at
 * once, before Pagefind has loaded.
 */
import { comparedCodes, expandIdentifiers, normalise } from './search-ranking.ts';

export interface NameEntry {
  /** The page's URL, e.g. "/codes/429/". */
  url: string;
  /** "429", "4xx", "401 vs 403" or "Guide". */
  code: string;
  /** The reason phrase ("Too Many Requests"), or the page's title for other pages. */
  name: string;
  /** Former reason phrases and other names, e.g. "Payload Too Large" for 413. */
  aliases: string[];
  /** "4xx"; empty for a comparison or the guide. */
  classId: string;
  /** "4xx Client Error", "Comparison" or "Guide": shown beside the result. */
  label: string;
  unofficial: boolean;
  /** For an unofficial code, the words that name who sends it ("cloudflare", "nginx"); empty otherwise. */
  vendor: string[];
  /** The names constants give the code where they differ from its names, squashed (see constantName): "ambiguous", "redirectkeepverb". */
  constants: string[];
}

/** Lower case, letters and digits only: "Too Many Requests" and "TOO_MANY_REQUESTS" both give "toomanyrequests". */
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The name a status constant spells, squashed, without the qualifier and the
 * prefixes languages put before it: "HttpStatusCode.RedirectKeepVerb" →
 * "redirectkeepverb", "http.StatusTeapot" → "teapot", "Response::HTTP_NOT_FOUND"
 * and "status.HTTP_404_NOT_FOUND" → "notfound", "HttpServletResponse.SC_GONE" →
 * "gone". A Django response class keeps its whole name, "HttpResponseGone" →
 * "httpresponsegone": HttpResponsePermanentRedirect is 301, not 308 Permanent
 * Redirect. Undefined unless the text is a qualified identifier or such a class.
 */
export function constantName(text: string): string | undefined {
  const djangoClass = /^(?:django\.http\.)?(HttpResponse[A-Z]\w*)(?:\(\))?$/.exec(text.trim())?.[1];
  if (djangoClass) return squash(djangoClass);
  // Qualified ("StatusCodes.Status409Conflict"), or bare with a prefix only constants have ("Status409Conflict", Go's "StatusIMUsed", "HTTP_404_NOT_FOUND", Java's "HTTP_REQ_TOO_LONG", "SC_GONE").
  const path =
    /^([A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)+)(?:\(\))?[,;]?$/.exec(text.trim())?.[1] ??
    /^(Status(?:\d{3})?[A-Z]\w*|HTTP_(?:\d{3}_)?[A-Z][A-Z_]*|SC_[A-Z_]+)[,;]?$/.exec(text.trim())?.[1];
  if (!path) return undefined;
  const last = path.split(/\.|::/).pop() ?? '';
  const name = last.replace(/^(?:HTTP_(?:\d{3}_)?|SC_|Status(?:\d{3})?(?=[A-Z]))/, '');
  return squash(name) || undefined;
}

/** Whether `a` and `b` differ by at most `limit` insertions, deletions, substitutions or swaps of neighbouring letters. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before = Array.from({ length: b.length + 1 }, (_, index) => index);
  let previous = before;
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
    }
    if (Math.min(...row) > limit) return false;
    before = previous;
    previous = row;
  }
  return previous[b.length]! <= limit;
}

/** Whether a typed word is a misspelling of a name's word: one slip in words of 5 to 8 letters, two in longer ones. */
function misspelt(typed: string, word: string): boolean {
  if (typed.length < 5 || word.length < 5 || typed === word) return false;
  return withinEdits(typed, word, typed.length >= 9 ? 2 : 1);
}

/**
 * How strongly an entry's names answer a query; 0 when they do not. `codes`,
 * the codes that have pages, tells a code in a pasted message from other
 * numbers in it ("port=443 … too many 502 error responses" is about 502).
 */
export function nameScore(query: string, entry: NameEntry, codes?: ReadonlySet<string>): number {
  const wanted = normalise(query);
  if (!wanted) return 0;
  const code = normalise(entry.code);
  if (wanted === code) return 100;
  const names = [entry.name, ...entry.aliases].map(normalise).filter(Boolean);
  // "404 not found", "not found 404"
  const withoutCode = ` ${wanted} `.replace(` ${code} `, ' ').trim();
  if (withoutCode !== wanted && (withoutCode === '' || names.includes(withoutCode))) return 90;
  // A constant: "HttpStatusCode.Ambiguous", "http.StatusTeapot", "HTTPStatus.TOO_MANY_REQUESTS".
  const constant = constantName(query);
  if (constant && (entry.constants.includes(constant) || names.some((name) => squash(name) === constant))) return 95;
  if (names[0] === wanted) return 80;
  // A class by its first code, digit or range, as people say it: "the 500s", "400 level errors", "500 something errors",
  // "codes starting with 5", "retry on any 500-599 response" (there "(?:99)" keeps "\1" from reading as "\199").
  const byFirstCode =
    /(?:^| )([1-5])00(?:s| (?:something|series|range|level|family))(?= |$)/.exec(wanted) ??
    /(?:^| )(?:start|starts|starting|begin|begins|beginning) ([1-5])(?= |$)/.exec(wanted) ??
    /(?:^| )([1-5])00 (?:(?:and|to|through) )?\1(?:99)(?= |$)/.exec(wanted);
  if (byFirstCode && code === `${byFirstCode[1]}xx`) return 65;
  if (names.includes(wanted)) return 70;
  // A class named among other words: "nginx 5xx errors", "HTTPCode_ELB_5XX_Count alarm" (one class, no code).
  const classIds = [...new Set(wanted.split(' ').filter((word) => /^[1-5]xx$/.test(word)))];
  if (classIds.length === 1 && code === classIds[0] && codeNumbers(query).length === 0) return 58;
  // Two or more sides of a comparison by their names or codes, in any order: "gone vs not found", "bad gateway vs timeout", "moved permanently or 308".
  const sides = comparedCodes(entry.code);
  if (sides.length >= 2 && sidesNamed(wanted, entry.name)) return 62;
  // A message that carries its code: "Request failed with status code 404", "Error 522 Connection timed out";
  // or a test's failed assertion, which carries two: "Status expected:<201> but was:<415>" is about the 415 sent.
  const numbers = [...new Set(codeNumbers(query).filter((number) => !codes || codes.has(number)))];
  const sent = numbers.length >= 2 ? codeSent(query) : numbers[0];
  if (sent === code) return 60;
  // Two or more codes of one comparison, whatever the words around them: "301 vs 308 for http to https".
  if (sides.length >= 2 && numbers.length >= 2 && numbers.every((number) => sides.includes(number))) return numbers.length === sides.length ? 56 : 55;
  const padded = ` ${normalise(expandIdentifiers(query))} `;
  // A class by its name and the word "class": "server error response class", "redirection class location header".
  if (/^[1-5]xx$/.test(code) && padded.includes(' class ') && names.some((name) => padded.includes(` ${name.replace(/^[1-5]xx /, '')} `))) return 58;
  // An exception class named after it: http-errors' "LockedError", NestJS's "ConflictException", aiohttp's "HTTPConflict".
  if (exceptionNames(query).some((name) => names.some((spelt) => squash(spelt) === name))) return 52;
  // A message that quotes a name of two words or more: "PayloadTooLargeError: request entity too large".
  if (names.some((name) => name.includes(' ') && padded.includes(` ${name} `))) return 50;
  // Still typing: "too many req" → "too many requests" (three letters at least).
  if (wanted.length >= 3 && names.some((name) => name.startsWith(wanted))) return 40;
  // A name with a slip of the keyboard: "forbiden", "bad gatway", "precondtion failed".
  const typed = wanted.split(' ');
  const spelt = (name: string): boolean => {
    const words = name.split(' ');
    return words.length === typed.length && words.every((word, index) => word === typed[index] || misspelt(typed[index]!, word));
  };
  if (names.some(spelt)) return 45;
  // One word of a name: "teapot" → "I'm a teapot" (whole words only, four letters at least), or a slip in one ("teapott").
  if (wanted.length >= 4 && typed.length === 1 && names.some((name) => name.split(' ').includes(wanted))) return 30;
  if (typed.length === 1 && names.some((name) => name.split(' ').some((word) => misspelt(wanted, word)))) return 25;
  return 0;
}

/**
 * The names that exception classes in a text are named after, squashed:
 * "LockedError" (Node's http-errors) → "locked", "ConflictException"
 * (NestJS) → "conflict", "HTTPConflict" (aiohttp, Falcon) → "conflict",
 * "GoneHttpException" (Symfony) → "gone". A word without such a prefix or
 * suffix is not a class name.
 */
function exceptionNames(text: string): string[] {
  return [...text.matchAll(/[A-Za-z]+/g)].flatMap(([word]) => {
    const name = word.replace(/^(?:HTTP|Http)(?=[A-Z])/, '').replace(/(?:Http)?(?:Error|Exception)$/, '');
    return name !== word && /^[A-Z]/.test(name) ? [squash(name)] : [];
  });
}

/**
 * The code a failed test assertion says the server sent, not the one the test
 * expected: "Expected status code <200> but was <404>.", "expected 200 but got
 * 500", "Expected response status code [200] but received 302.", "status code
 * was: 404, expected: 201", Jest's "Expected: 200 Received: 404".
 */
function codeSent(text: string): string | undefined {
  if (!/\bexpect/i.test(text)) return undefined;
  return /\b(?:was|got|received|actual)\W{0,3}([1-5]\d\d)(?!\w)/i.exec(text)?.[1];
}

/** The three-digit numbers of a text that could be status codes: not a part of an address or version ("203.0.113.7" has none). */
function codeNumbers(text: string): string[] {
  return [...text.matchAll(/(?<![\w.])[1-5]\d\d(?!\w|\.\d)/g)].map(([number]) => number);
}

/**
 * Whether a query joins names of a comparison's sides with "vs", "or" or
 * "and", each part naming a different side, in any order: for "404 Not Found
 * vs 410 Gone", "gone vs not found" and "difference between gone and 404 not
 * found"; for "502 Bad Gateway vs 503 Service Unavailable vs 504 Gateway
 * Timeout", "bad gateway or timeout". A part names a side when every one of its
 * words is in the side's name.
 */
function sidesNamed(wanted: string, comparisonName: string): boolean {
  const sides = normalise(comparisonName)
    .split(' vs ')
    .map((side) => side.split(' '));
  const parts = wanted
    .replace(/^difference between /, '')
    .split(/ (?:vs|versus|or|and) /)
    .map((part) => part.split(' '));
  if (parts.length < 2) return false;
  const used = new Set<number>();
  return parts.every((part) => {
    const side = sides.findIndex((words, index) => !used.has(index) && part.every((word) => words.includes(word)));
    used.add(side);
    return side >= 0;
  });
}

/** The entries whose names answer the query, best first. */
export function nameMatches<T extends NameEntry>(query: string, entries: readonly T[], limit = 8): T[] {
  const codes = new Set(entries.map((entry) => entry.code));
  return entries
    .map((entry, index) => ({ entry, index, score: nameScore(query, entry, codes) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/**
 * `names.json` as it travels: the class names once, then one short array per
 * page, `[code, name, aliases?, vendor?]`, where `vendor` (the words naming
 * who sends it) marks an unofficial code. Everything else (URL, class,
 * label) follows from the code: "429" is /codes/429/ in 4xx, "4xx" a class
 * page, "401 vs 403" a comparison, "Guide" the guide.
 */
export interface NamesTable {
  classes: Record<string, string>;
  /** By code: the names its constants spell where they differ from its names, squashed ("300": ["ambiguous"]). */
  constants: Record<string, string[]>;
  pages: ([code: string, name: string] | [code: string, name: string, aliases: string[]] | [code: string, name: string, aliases: string[], vendor: string])[];
}

/** The entries of `names.json`, as the search UI uses them. */
export function expandNamesTable(table: NamesTable): NameEntry[] {
  return table.pages.map(([code, name, aliases = [], vendor]) => {
    const base = { code, name, aliases, unofficial: vendor !== undefined, vendor: vendor ? vendor.split(' ') : [], constants: table.constants[code] ?? [] };
    if (/^\d{3}$/.test(code)) {
      const classId = `${code.charAt(0)}xx`;
      return { ...base, url: `/codes/${code}/`, classId, label: `${classId} ${table.classes[classId] ?? ''}`.trim() };
    }
    if (/^\dxx$/.test(code)) return { ...base, url: `/codes/${code}/`, classId: code, label: 'Class' };
    if (code.includes(' vs ')) return { ...base, url: `/compare/${code.replaceAll(' vs ', '-vs-')}/`, classId: '', label: 'Comparison' };
    return { ...base, url: '/choose/', classId: '', label: 'Guide' };
  });
}

/** Words of "who uses it" that name a vendor or product: "Cloudflare" → "cloudflare", "nginx (ngx_http_request.h)" → "nginx". */
export function vendorWords(usedBy: string): string {
  const filler = new Set(['and', 'the', 'also', 'such', 'notably', 'shared', 'web', 'hosting', 'modules', 'module', 'for', 'with', 'its', 'via', 'older', 'some', 'versions']);
  const words = usedBy.toLowerCase().match(/[a-z][a-z0-9_]+/g) ?? [];
  return [...new Set(words.filter((word) => word.length >= 3 && !filler.has(word)))].join(' ');
}

/**
 * The names a code's constants spell (every language's constant and its
 * older names), squashed, leaving out those its reason phrase or former names
 * already spell: for 300, "ambiguous" (.NET); for 418, "teapot" (Go).
 */
export function constantNames(constants: readonly string[], names: readonly string[]): string[] {
  const spelt = new Set(names.map(squash));
  return [...new Set(constants.map(constantName).filter((name): name is string => name !== undefined && !spelt.has(name)))];
}
