import { boost, isRealMatch, normalise, rerank } from '../../lib/search-ranking.ts';
// The panel's styles come with the search UI, not with every page (see loadStyles).
import badgeStyles from '../badges/code-badge.css?url';
import resultStyles from './search-results.css?url';
import { expandNameEntry, nameMatches, type CompactNameEntry, type NameEntry } from '../../lib/search-names.ts';

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

const maxResults = 8;
/** How many of Pagefind's best results are re-ranked by name (see search-ranking.ts). */
const candidates = 12;
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

/** Adds the search panel's stylesheets to the page, once; resolves when they apply. */
async function loadStyles(): Promise<void> {
  await Promise.all(
    [badgeStyles, resultStyles].map(
      (href) =>
        new Promise<void>((resolve) => {
          if (document.querySelector(`link[href="${href}"]`)) return resolve();
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
          link.addEventListener('load', () => resolve());
          link.addEventListener('error', () => resolve());
          document.head.append(link);
        }),
    ),
  );
}

/** Wires up the search box; resolves to `undefined` when search cannot work here (no index). */
export async function startSearch(form: HTMLFormElement, input: HTMLInputElement): Promise<SearchUi | undefined> {
  const panel = form.querySelector<HTMLElement>('.search-panel');
  const status = form.querySelector<HTMLElement>('.search-status');
  const list = form.querySelector<HTMLUListElement>('.search-results');
  if (!panel || !status || !list) return undefined;
  const base = form.dataset['base'] ?? '/';

  // Pagefind starts loading now, in the background; the names table is small and needed at once.
  const stylesReady = loadStyles();
  const pagefindReady = loadPagefind(base);
  pagefindReady.catch(() => undefined);
  let names: NameEntry[];
  try {
    const response = await fetch(`${base}search/names.json`);
    if (!response.ok) throw new Error(String(response.status));
    names = ((await response.json()) as CompactNameEntry[]).map(expandNameEntry);
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
    list.replaceChildren(...rows.slice(0, maxResults).map((row) => renderResult(row)));
    status.replaceChildren(...(describeUnknownNumber(query, names, base) ?? describeCount(Math.min(rows.length, maxResults), query, leftOut, base)));
    panel.hidden = false;
  };
  const pageUrl = (entry: NameEntry): string => `${base}${entry.url.replace(/^\//, '')}`;
  const fromName = (entry: NameEntry, excerpt = ''): Shown => ({ url: pageUrl(entry), code: entry.code, name: entry.name, label: entry.label, excerpt });
  await stylesReady;
  const byUrl = new Map(names.map((entry) => [pageUrl(entry), entry]));

  /** Pagefind's results for `query`, re-ranked by name, without prefix-fallback noise. */
  const fullText = async (pagefind: Pagefind, query: string): Promise<{ rows: (Shown & { score: number })[]; strong: boolean }> => {
    const search = await pagefind.search(forPagefind(query), { filters: chips.filters() });
    const loaded = await Promise.all(
      search.results.slice(0, candidates).map(async (result) => {
        const data = await result.data();
        const entry = byUrl.get(data.url);
        return entry && { entry, data, score: result.score, code: entry.code, title: `${entry.code} ${entry.name}`, kind: entry.label, keywords: data.content };
      }),
    );
    const found = loaded.filter((result) => result !== undefined);
    const ranked = rerank(query, found).filter((result) => boost(query, result) > 1 || isRealMatch(result.data.excerpt, query));
    const rows = ranked.map((result) => ({ ...fromName(result.entry, result.data.excerpt), score: result.score * boost(query, result) }));
    return { rows, strong: rows.length > 0 };
  };

  /**
   * Every word, then only the words the index knows: "permanent redirect seo"
   * finds nothing as a whole, so "seo" is left out; when the known words have
   * no page in common, the pages of each word are merged and ranked.
   */
  const searchWithFallback = async (pagefind: Pagefind, query: string): Promise<{ rows: Shown[]; leftOut: string[] }> => {
    const whole = await fullText(pagefind, query);
    const words = normalise(query).split(' ').filter(Boolean);
    if (whole.strong || words.length < 2) return { rows: whole.rows, leftOut: [] };
    const perWord = await Promise.all(words.map(async (word) => ({ word, ...(await fullText(pagefind, word)) })));
    const known = perWord.filter((result) => result.strong);
    const leftOut = perWord.filter((result) => !result.strong).map((result) => result.word);
    if (known.length === 0) return { rows: [], leftOut: [] };
    if (leftOut.length > 0 && known.length > 1) {
      const together = await fullText(pagefind, known.map((result) => result.word).join(' '));
      if (together.strong) return { rows: together.rows, leftOut };
    }
    // Merge: a page found by more of the words ranks higher.
    const merged = new Map<string, Shown & { score: number; hits: number }>();
    for (const result of known) {
      for (const row of result.rows) {
        const seen = merged.get(row.url);
        merged.set(row.url, seen ? { ...seen, score: seen.score + row.score, hits: seen.hits + 1 } : { ...row, hits: 1 });
      }
    }
    const rows = [...merged.values()].sort((a, b) => b.hits - a.hits || b.score - a.score);
    return { rows, leftOut };
  };

  const update = async (): Promise<void> => {
    const query = input.value.trim();
    const run = ++latest;
    clearTimeout(timer);
    if (!query) {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    // At once: pages the query names.
    const named = nameMatches(query, names.filter(chips.accepts));
    if (named.length > 0) show(query, named.map((entry) => fromName(entry)), []);
    // After a pause in typing: the full-text search, with the named pages kept first.
    await new Promise((resolve) => (timer = setTimeout(resolve, debounce)));
    if (run !== latest) return;
    const pagefind = await pagefindReady.catch(() => undefined);
    if (run !== latest) return;
    if (!pagefind) {
      if (named.length === 0) show(query, [], []);
      return;
    }
    const { rows, leftOut } = await searchWithFallback(pagefind, query);
    if (run !== latest) return; // a newer keystroke or filter change owns the panel now
    const namedUrls = new Set(named.map(pageUrl));
    const excerpts = new Map(rows.map((row) => [row.url, row.excerpt]));
    const first = named.map((entry) => fromName(entry, excerpts.get(pageUrl(entry))));
    show(query, [...first, ...rows.filter((row) => !namedUrls.has(row.url))], leftOut);
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
 * The query as Pagefind should see it: words that only join other words
 * ("401 or 403", "difference between 502 and 504", "server is down") are
 * dropped, since Pagefind wants every word on the page.
 */
function forPagefind(query: string): string {
  const joiners = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'or', 'and', 'vs', 'versus', 'between', 'difference', 'of', 'to', 'for', 'my', 'it', 'in', 'on', 'with']);
  const words = query.toLowerCase().split(/\s+/).filter((word) => word && !joiners.has(word.replace(/[.?!,]$/, '')));
  return words.length > 0 ? words.join(' ') : query;
}
