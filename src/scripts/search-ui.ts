import { boost, isRealMatch, rerank } from '../lib/search-ranking.ts';

/**
 * The search UI, loaded on first use. Results appear as the reader types;
 * ArrowDown/ArrowUp move through them, Enter follows the focused one,
 * Escape closes the panel.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    timeout?: number,
  ): Promise<{ results: { score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

const maxResults = 8;
/** How many of Pagefind's best results are re-ranked by name (see search-ranking.ts). */
const candidates = 12;
const classes = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** Filter chips: one per class, and one for unofficial codes. Pressed chips narrow the results. */
function createFilterChips(onChange: () => void): { element: HTMLElement; filters(): Record<string, unknown> } {
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
  return {
    element: group,
    filters() {
      const filters: Record<string, unknown> = {};
      const chosen = classChips.filter(pressed).map((button) => button.dataset['value']);
      if (chosen.length > 0) filters['class'] = { any: chosen };
      if (pressed(unofficialChip)) filters['status'] = 'unofficial';
      return filters;
    },
  };
}

/**
 * For a query that is a three-digit number with no page of its own: an honest
 * "no such code" line with the class page that says how clients treat it.
 */
function describeUnknownNumber(query: string, results: PagefindResultData[], base: string): (string | Node)[] | undefined {
  if (!/^\d{3}$/.test(query) || results.some((result) => result.meta['code'] === query)) return undefined;
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

/** Wires up the search box; resolves to `undefined` when search cannot work here (no index). */
export async function startSearch(form: HTMLFormElement, input: HTMLInputElement): Promise<SearchUi | undefined> {
  const panel = form.querySelector<HTMLElement>('.search-panel');
  const status = form.querySelector<HTMLElement>('.search-status');
  const list = form.querySelector<HTMLUListElement>('.search-results');
  if (!panel || !status || !list) return undefined;
  const base = form.dataset['base'] ?? '/';

  // Declared before use by the filter chips' callback; assigned once the index has loaded.
  let update: () => Promise<void> = async () => {};
  const chips = createFilterChips(() => void update());
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
  } catch {
    panel.hidden = false;
    status.textContent = 'Search is not available: the index was not built. Run "npm run build".';
    return undefined;
  }

  panel.prepend(chips.element);
  let latest = 0;
  update = async (): Promise<void> => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    const search = await pagefind.debouncedSearch(query, { filters: chips.filters() }, 120);
    if (!search) return; // a newer keystroke superseded this query
    const loaded = await Promise.all(
      search.results.slice(0, candidates).map(async (result) => {
        const data = await result.data();
        const { code = '', title = '', keywords = '', kind } = data.meta;
        return { data, score: result.score, code, title, kind, keywords: [data.meta['reason'] ?? '', keywords].join(', ') };
      }),
    );
    if (run !== latest) return; // a newer keystroke or filter change owns the panel now
    const results = rerank(query, loaded)
      .filter((result) => boost(query, result) > 1 || isRealMatch(result.data.excerpt, query))
      .slice(0, maxResults)
      .map((result) => result.data);
    list.replaceChildren(...results.map((result) => renderResult(result, query)));
    status.replaceChildren(...(describeUnknownNumber(query, results, base) ?? describeCount(results.length, query, base)));
    panel.hidden = false;
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
      await update();
      list.querySelector('a')?.click();
    },
  };
}

function describeCount(count: number, query: string, base: string): (string | Node)[] {
  if (count > 0) return [`${count === maxResults ? `Top ${count}` : count} result${count === 1 ? '' : 's'} for “${query}”`];
  const link = document.createElement('a');
  link.href = base;
  link.textContent = 'browse every code';
  return [`No code matches “${query}”. Try other words or `, link, '.'];
}

function renderResult(result: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'search-result';
  const code = result.meta['code'] ?? '';
  // A code ("429"), a class ("4xx"), a comparison ("401 vs 403") or the guide ("Guide").
  const badge = element('span', /^\d/.test(code) ? `code-badge class-${code.charAt(0)}xx` : 'code-badge', code);
  const title = element('span', 'search-result-title', result.meta['reason'] ?? result.meta['title'] ?? result.url);
  const statusClass = element('span', 'search-result-class', result.meta['class'] ?? '');
  const summary = element('span', 'search-result-summary', '');
  summary.append(...markWords(result.meta['summary'] ?? '', query));
  link.append(badge, title, statusClass, summary);
  item.append(link);
  return item;
}

function element(tag: string, className: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** Query words not worth marking in a summary ("401 or 403" marks the numbers, not every "or"). */
const unmarkedWords = new Set(['or', 'vs', 'and', 'the', 'an', 'of', 'to', 'is', 'in', 'on']);

/** The text with every word of the query wrapped in <mark>. */
function markWords(text: string, query: string): (string | Node)[] {
  const words = query
    .split(/\s+/)
    .filter((word) => word.length > 1 && !unmarkedWords.has(word.toLowerCase().replace(/\.$/, '')))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return [text];
  const pattern = new RegExp(`(${words.join('|')})`, 'gi');
  return text.split(pattern).map((part, index) => (index % 2 === 1 ? element('mark', '', part) : part));
}
