import { asksForACode, asksForAClass, asksInGeneral, boost, comparedCodes, expandIdentifiers, framedNameBoost, framesASubject, isRealMatch, longestPhraseIn, mostWordsInOnePhrase, normalise, rerank, sameWord, withoutQuestionWords, wordsOf, type RankedResult } from '../../lib/search-ranking.ts';
// The panel's styles come with the search UI, not with every page (see addStyles).
import badgeStyles from '../badges/code-badge.css?inline';
import resultStyles from './search-results.css?inline';
import { expandNamesTable, nameMatches, type NameEntry, type NamesTable } from '../../lib/search-names.ts';

/**
 * The search UI, loaded on first use. A query that names a page ("404",
 * "teapot") is answered at once from the names table; Pagefind, loading in the
 * background since the box got focus, then adds full-text results. When no
 * page has every word of a query, the words the index does not know are left
 * out (and the status line says so). ArrowDown/ArrowUp move through the
 * results, Enter follows the focused one, Escape closes the panel.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** Everything Pagefind indexed of the page: its name, former names, search phrases and messages. */
  content: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

/** One row of the results list. */
interface Shown {
  url: string;
  code: string;
  name: string;
  label: string;
  /** Why it matched: Pagefind's excerpt of the page's search phrases, with the query's words marked. */
  excerpt: string;
}

/** A page as search-ranking.ts ranks it: its code, title ("429 Too Many Requests"), kind and the words Pagefind indexed. */
function asRanked(page: Pick<NameEntry, 'code' | 'name' | 'label'>, content: string, score: number): RankedResult {
  return { score, code: page.code, title: `${page.code} ${page.name}`, kind: page.label, keywords: content };
}

/** A full-text result: a row, its score, and the words Pagefind indexed for its page. */
type Found = Shown & { score: number; content: string; unnamedVendor: boolean };

/**
 * Whether `entry` is a vendor's unofficial code that the query does not ask
 * for by its vendor or number: "server crashed" wants 500 before Cloudflare's 520.
 */
function unnamedVendor(entry: NameEntry, query: string): boolean {
  if (!entry.unofficial) return false;
  const words = new Set(normalise(query).split(' '));
  return !words.has(entry.code) && !entry.vendor.some((word) => words.has(word));
}

const maxResults = 8;
/** How many of Pagefind's best results are re-ranked by name (see search-ranking.ts). */
const candidates = 12;
/** How much a vendor's unofficial code is scaled down when the query names neither the vendor nor the code. */
const vendorFactor = 0.5;
/** For a long query searched word by word: how many of its words, and how many results for each. */
const maxWordsSearched = 10;
const perWordCandidates = 6;
/** How much each word of a page's phrase that a long query holds whole adds to the words it covers (see longestPhraseIn). */
const phraseWordFactor = 0.5;
/** How much each of a long query's words adds again when one search phrase of the page has it with another (see mostWordsInOnePhrase). */
const onePhraseFactor = 0.5;
/** How much a class page adds to the words it covers when the query asks for codes in the plural ("which codes mean it worked"). */
const classFactor = 0.5;
/** Words that only join the others ("401 or 403", "difference between 502 and 504"). */
const joiners = new Set(['or', 'and', 'vs', 'versus', 'between', 'difference', 'with', 'without', 'not', 'no', 'from', 'by', 'at', 'as', 'be', 'has', 'have', 'but']);
/** Milliseconds after the last keystroke before the full-text search runs. */
const debounce = 100;
const classes = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** Filter chips: one per class, and one for unofficial codes. Pressed chips narrow the results. */
function createFilterChips(onChange: () => void): {
  element: HTMLElement;
  filters(): Record<string, unknown>;
  accepts(entry: NameEntry): boolean;
} {
  const group = document.createElement('div');
  group.className = 'search-filters';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Filter results');
  const chip = (label: string, value: string): HTMLButtonElement => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-chip';
    button.textContent = label;
    button.dataset['value'] = value;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
      onChange();
    });
    group.append(button);
    return button;
  };
  const classChips = classes.map((id) => chip(id, id));
  const unofficialChip = chip('Unofficial', 'unofficial');
  const pressed = (button: HTMLButtonElement): boolean => button.getAttribute('aria-pressed') === 'true';
  const chosenClasses = (): string[] => classChips.filter(pressed).map((button) => button.dataset['value'] ?? '');
  return {
    element: group,
    filters() {
      const filters: Record<string, unknown> = {};
      const chosen = chosenClasses();
      if (chosen.length > 0) filters['class'] = { any: chosen };
      if (pressed(unofficialChip)) filters['status'] = 'unofficial';
      return filters;
    },
    accepts(entry) {
      const chosen = chosenClasses();
      if (chosen.length > 0 && !chosen.includes(entry.classId)) return false;
      return !pressed(unofficialChip) || entry.unofficial;
    },
  };
}

/**
 * For a query that is a three-digit number with no page of its own: an honest
 * "no such code" line with the class page that says how clients treat it.
 */
function describeUnknownNumber(query: string, names: NameEntry[], base: string): (string | Node)[] | undefined {
  if (!/^\d{3}$/.test(query) || names.some((entry) => entry.code === query)) return undefined;
  const code = Number(query);
  if (code < 100 || code > 599) return [`${query} is not an HTTP status code: they run from 100 to 599.`];
  const classId = `${query.charAt(0)}xx`;
  const link = document.createElement('a');
  link.href = `${base}codes/${classId}/`;
  link.textContent = `the ${classId} class`;
  return [`No status code ${query} is registered or in common use. A client treats an unknown code as the x00 code of its class: see `, link, '.'];
}

export interface SearchUi {
  /** Searches for what is in the box and follows the best result. */
  goToFirstResult(): Promise<void>;
}

/** Loads Pagefind without its web worker: one script fewer to fetch, and a search over this small index is fast on the main thread. */
async function loadPagefind(base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/** Adds the search panel's styles to the page, once. */
function addStyles(): void {
  if (document.getElementById('search-styles')) return;
  const style = Object.assign(document.createElement('style'), { id: 'search-styles', textContent: badgeStyles + resultStyles });
  document.head.append(style);
}

/** Wires up the search box; resolves to `undefined` when search cannot work here (no index). */
export async function startSearch(form: HTMLFormElement, input: HTMLInputElement): Promise<SearchUi | undefined> {
  const panel = form.querySelector<HTMLElement>('.search-panel');
  const status = form.querySelector<HTMLElement>('.search-status');
  const list = form.querySelector<HTMLUListElement>('.search-results');
  if (!panel || !status || !list) return undefined;
  const base = form.dataset['base'] ?? '/';

  // Pagefind starts loading now, in the background; the names table is small and needed at once.
  addStyles();
  const pagefindReady = loadPagefind(base);
  pagefindReady.catch(() => undefined);
  let names: NameEntry[];
  try {
    const response = await fetch(`${base}search/names.json`);
    if (!response.ok) throw new Error(String(response.status));
    names = expandNamesTable((await response.json()) as NamesTable);
  } catch {
    panel.hidden = false;
    status.textContent = 'Search is not available: the index was not built. Run "npm run build".';
    return undefined;
  }
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const chips = createFilterChips(() => void update());
  panel.prepend(chips.element);

  const show = (query: string, rows: Shown[], leftOut: string[]): void => {
    // The full-text results replace the instant ones: a reader who has already
    // arrowed down to a result keeps focus on it.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
    list.replaceChildren(...rows.slice(0, maxResults).map((row) => renderResult(row)));
    if (focused !== null) ([...list.querySelectorAll('a')].find((link) => link.getAttribute('href') === focused) ?? input).focus();
    status.replaceChildren(...(describeUnknownNumber(query, names, base) ?? describeCount(Math.min(rows.length, maxResults), query, leftOut, base)));
    panel.hidden = false;
  };
  const pageUrl = (entry: NameEntry): string => `${base}${entry.url.replace(/^\//, '')}`;
  const fromName = (entry: NameEntry, excerpt = ''): Shown => ({ url: pageUrl(entry), code: entry.code, name: entry.name, label: entry.label, excerpt });
  const byUrl = new Map(names.map((entry) => [pageUrl(entry), entry]));

  /** Pagefind's best `limit` results for `query`, re-ranked by name, without prefix-fallback noise. */
  const fullText = async (pagefind: Pagefind, query: string, limit = candidates): Promise<{ rows: Found[]; strong: boolean }> => {
    const search = await pagefind.search(forPagefind(query), { filters: chips.filters() });
    const loaded = await Promise.all(
      search.results.slice(0, limit).map(async (result) => {
        const data = await result.data();
        const entry = byUrl.get(data.url);
        return entry && { entry, data, ...asRanked(entry, data.content, result.score) };
      }),
    );
    const found = loaded.filter((result) => result !== undefined);
    const ranked = rerank(query, found).filter((result) => boost(query, result) > 1 || isRealMatch(result.data.excerpt, query));
    const rows = ranked
      .map((result) => {
        const vendorOnly = unnamedVendor(result.entry, query);
        return { ...fromName(result.entry, result.data.excerpt), score: result.score * boost(query, result) * (vendorOnly ? vendorFactor : 1), content: result.data.content, unnamedVendor: vendorOnly };
      })
      .sort((a, b) => b.score - a.score);
    return { rows, strong: rows.length > 0 };
  };

  /**
   * A query of one or two words is searched as a whole: every word on the
   * page. A longer one (a pasted error message), or one no page has every word
   * of, is also searched word by word, and the pages found are ranked by how
   * many of its words they have; words no page has are left out, and the
   * status line says so.
   */
  const searchWithFallback = async (pagefind: Pagefind, query: string): Promise<{ rows: Shown[]; leftOut: string[] }> => {
    const whole = await fullText(pagefind, query);
    const allWords = [...new Set(normalise(expandIdentifiers(query)).split(' '))].filter((word) => word.length >= 2 && !joiners.has(word));
    const words = withoutQuestionWords(query, allWords);
    // One word left ("best status code when not logged in" is "logged") is searched alone when the whole query found nothing.
    if (words.length === 0 || (words.length <= 2 && whole.strong)) return { rows: whole.rows, leftOut: [] };
    const searched = [...words].sort((a, b) => b.length - a.length).slice(0, maxWordsSearched);
    const perWord = await Promise.all(searched.map(async (word) => ({ word, ...(await fullText(pagefind, word, perWordCandidates)) })));
    const leftOut = whole.strong ? [] : perWord.filter((result) => !result.strong).map((result) => result.word);
    const found = new Map<string, Found>();
    for (const row of [...whole.rows, ...perWord.flatMap((result) => result.rows)]) {
      const seen = found.get(row.url);
      found.set(row.url, seen ? { ...seen, score: seen.score + row.score } : row);
    }
    // A page the whole query names ("not logged in vs no permission status code") comes first, found by
    // one of its words; then a page that has more of the words, where a phrase of the page that the query
    // holds whole counts half a word more for each of its words, so do the words that one phrase of the page
    // has together, and a class page counts half a word more when the query asks for codes in the plural;
    // Pagefind's score (with the name boost) breaks ties.
    // Both keys are worked out once per page, not on every comparison of the sort.
    const forAClass = asksForAClass(query);
    const keyed = [...found.values()].map((row) => ({
      row,
      named: boost(query, asRanked(row, row.content, 1)) >= framedNameBoost ? 1 : 0,
      covered:
        searched.filter((word) => hasWord(row.content, word)).length +
        phraseWordFactor * longestPhraseIn(query, row.content) -
        (row.unnamedVendor ? 0.5 : 0) +
        (forAClass && row.label === 'Class' ? classFactor : 0) +
        onePhraseFactor * mostWordsInOnePhrase(searched, row.content),
    }));
    const rows = keyed.sort((a, b) => b.named - a.named || b.covered - a.covered || b.row.score - a.row.score).map(({ row }) => row);
    return { rows, leftOut };
  };

  /** `rows` with the pages of `entries` (their rows, or rows made from their names) moved to position `place` on. */
  const placedAt = (rows: Shown[], entries: NameEntry[], place: number): Shown[] => {
    const urls = new Set(entries.map(pageUrl));
    const others = rows.filter((row) => !urls.has(row.url));
    const moved = entries.map((entry) => rows.find((row) => row.url === pageUrl(entry)) ?? fromName(entry));
    return [...others.slice(0, place), ...moved, ...others.slice(place)];
  };

  /**
   * The rows with an answer to "which code?" among the first three, after the
   * best code: the comparison that weighs the best code against the
   * alternative ranked highest, and the "Which code should I use?" guide.
   * "which status for validation error" finds 422, then 400: 400 vs 422;
   * "which code for wrong password" finds 401, then 422, and 401 is weighed
   * against 403 only: 401 vs 403. A question that names no situation ("which
   * status code should my endpoint return") has the guide first.
   */
  const guide = names.find((entry) => entry.url === '/choose/');
  const comparisons = names.filter((entry) => entry.label === 'Comparison');
  const withChoiceInTopThree = (query: string, rows: Shown[]): Shown[] => {
    if (guide && asksInGeneral(query)) return placedAt(rows, [guide], 0);
    const best = rows[0];
    const rank = (code: string): number => {
      const index = rows.findIndex((row) => row.code === code);
      return index < 0 ? rows.length : index;
    };
    /** How high the best code's alternative on a comparison page ranks. */
    const alternativeRank = (entry: NameEntry): number => Math.min(...comparedCodes(entry.code).filter((code) => code !== best?.code).map(rank));
    const compared = comparisons.filter((entry) => best && comparedCodes(entry.code).includes(best.code)).sort((a, b) => alternativeRank(a) - alternativeRank(b))[0];
    const aids = [compared, guide].filter((entry) => entry !== undefined);
    const topThree = new Set(rows.slice(0, 3).map((row) => row.url));
    if (aids.every((entry) => topThree.has(pageUrl(entry)))) return rows;
    return placedAt(rows, aids, 3 - aids.length);
  };

  /**
   * The rows with a comparison of their best codes among the first three when
   * the query sets two situations side by side. For "vs", the comparison of
   * two of the three best codes comes first ("not logged in vs not allowed
   * error" finds 403, 405 and 401: 401 vs 403). For "or", the comparison of
   * the two best comes third, after the codes themselves ("method
   * unsupported on route or whole server": 405, 501, then 405 vs 501); so it
   * does for "status code for …", where the best codes compete for one
   * situation ("status code for validation failure": 422, 400, then 400 vs
   * 422); there, as for "vs", any two of the three best may be weighed
   * ("status for soft deleted item": 404, 201, then 404 vs 410).
   */
  const withComparisonOfBestCodes = (query: string, rows: Shown[]): Shown[] => {
    const words = normalise(query).split(' ');
    const versus = ['vs', 'versus', 'difference'].some((word) => words.includes(word));
    const framed = framesASubject(query);
    if (!versus && !words.includes('or') && !framed) return rows;
    const codes = rows
      .slice(0, 3)
      .map((row) => row.code)
      .filter((code) => /^\d{3}$/.test(code))
      .slice(0, versus || framed ? 3 : 2);
    const weighs = (entry: NameEntry): number => codes.filter((code) => comparedCodes(entry.code).includes(code)).length;
    const pairRank = (entry: NameEntry): number => codes.reduce((sum, code, index) => sum + (comparedCodes(entry.code).includes(code) ? index : 0), 0);
    const comparison = comparisons
      .filter((entry) => weighs(entry) >= 2)
      .sort((a, b) => pairRank(a) - pairRank(b) || comparedCodes(a.code).length - comparedCodes(b.code).length)[0];
    if (!comparison) return rows;
    const place = versus ? 0 : 2;
    const index = rows.findIndex((row) => row.url === pageUrl(comparison));
    return index >= 0 && index <= place ? rows : placedAt(rows, [comparison], place);
  };

  const update = async (): Promise<void> => {
    const query = input.value.trim();
    const run = ++latest;
    clearTimeout(timer);
    if (!query) {
      panel.hidden = true;
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      return;
    }
    // At once: pages the query names. The list is busy until the full-text results are in.
    list.setAttribute('aria-busy', 'true');
    const named = nameMatches(query, names.filter(chips.accepts));
    if (named.length > 0) show(query, named.map((entry) => fromName(entry)), []);
    // The full-text search starts at once, so that the pages it needs load
    // while the reader pauses; it is shown after the pause, with the named
    // pages kept first, unless another keystroke came.
    const searched = pagefindReady.then((pagefind) => searchWithFallback(pagefind, query));
    searched.catch(() => undefined);
    await new Promise((resolve) => (timer = setTimeout(resolve, debounce)));
    if (run !== latest) return;
    const found = await searched.catch(() => undefined);
    if (run !== latest) return; // a newer keystroke or filter change owns the panel now
    if (!found) {
      if (named.length === 0) show(query, [], []);
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const { rows, leftOut } = found;
    const namedUrls = new Set(named.map(pageUrl));
    const excerpts = new Map(rows.map((row) => [row.url, row.excerpt]));
    const first = named.map((entry) => fromName(entry, excerpts.get(pageUrl(entry))));
    const shown = [...first, ...rows.filter((row) => !namedUrls.has(row.url))];
    // A question's aids are placed after the named pages too: "should api return 200 with error in body" names 200.
    show(query, asksForACode(query) ? withChoiceInTopThree(query, shown) : withComparisonOfBestCodes(query, shown), leftOut);
    list.setAttribute('aria-busy', 'false');
  };

  input.addEventListener('input', () => void update());
  form.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = current + step;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) panel.hidden = false;
  });
  if (input.value.trim()) void update();
  return {
    async goToFirstResult() {
      const query = input.value.trim();
      const named = nameMatches(query, names.filter(chips.accepts));
      if (named[0] && (named[0].code === query || normalise(named[0].name) === normalise(query))) {
        window.location.href = pageUrl(named[0]);
        return;
      }
      await update();
      list.querySelector('a')?.click();
    },
  };
}

function describeCount(count: number, query: string, leftOut: string[], base: string): (string | Node)[] {
  const without = leftOut.length > 0 ? ` (left out, not in any page: ${leftOut.map((word) => `“${word}”`).join(', ')})` : '';
  if (count > 0) return [`${count === maxResults ? `Top ${count}` : count} result${count === 1 ? '' : 's'} for “${query}”${without}`];
  const link = document.createElement('a');
  link.href = base;
  link.textContent = 'browse every code';
  return [`No code matches “${query}”. Try other words or `, link, '.'];
}

function renderResult(row: Shown): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = row.url;
  link.className = 'search-result';
  // A code ("429"), a class ("4xx"), a comparison ("401 vs 403") or the guide ("Guide").
  const badge = element('span', /^\d/.test(row.code) ? `code-badge class-${row.code.charAt(0)}xx` : 'code-badge', row.code);
  const title = element('span', 'search-result-title', row.name);
  const statusClass = element('span', 'search-result-class', row.label);
  link.append(badge, title, statusClass);
  if (row.excerpt) link.append(excerptElement(row.excerpt));
  item.append(link);
  return item;
}

function element(tag: string, className: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt (escaped text with <mark> around the matched words), as
 * DOM nodes: the text is copied as text, only the marks become elements.
 */
function excerptElement(excerptHtml: string): HTMLElement {
  const excerpt = element('span', 'search-result-summary', '');
  const parts = excerptHtml.split(/<mark>|<\/mark>/);
  const decoder = document.createElement('textarea');
  const decode = (html: string): string => {
    decoder.innerHTML = html;
    return decoder.value;
  };
  excerpt.append(...parts.map((part, index) => (index % 2 === 1 ? element('mark', '', decode(part)) : decode(part))));
  return excerpt;
}

/**
 * Whether a page's indexed words include `word`, or the same word by
 * `sameWord` ("log" is in "login", "moving" in "moved"); a word of two
 * letters must be there whole, so that "ca" is not "cancel".
 */
function hasWord(content: string, word: string): boolean {
  const candidates = wordsOf(content);
  if (word.length <= 2) return candidates.includes(word);
  return candidates.some((candidate) => sameWord(candidate, word));
}

/**
 * The query as Pagefind should see it: words that only join other words
 * ("401 or 403", "difference between 502 and 504", "server is down") are
 * dropped, since Pagefind wants every word on the page.
 */
function forPagefind(query: string): string {
  const joiners = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'or', 'and', 'vs', 'versus', 'between', 'difference', 'of', 'to', 'for', 'my', 'it', 'in', 'on', 'with']);
  const words = expandIdentifiers(query)
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word && !joiners.has(word.replace(/[.?!,]$/, '')));
  return words.length > 0 ? words.join(' ') : query;
}
