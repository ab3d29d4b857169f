/**
 * The names table (/search/names.json): every page's number, name and former
 * names, small enough to load the moment the reader focuses the search box
 * (about 2 KB gzip). A
 * query that names a page ("404", "teapot", "too many requests", "payload too
 * large") is answered from it at once, before Pagefind has loaded.
 */
import { normalise } from './search-ranking.ts';

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
}

/** How strongly an entry's names answer a query; 0 when they do not. */
export function nameScore(query: string, entry: NameEntry): number {
  const wanted = normalise(query);
  if (!wanted) return 0;
  const code = normalise(entry.code);
  if (wanted === code) return 100;
  const names = [entry.name, ...entry.aliases].map(normalise).filter(Boolean);
  // "404 not found", "not found 404"
  const withoutCode = ` ${wanted} `.replace(` ${code} `, ' ').trim();
  if (withoutCode !== wanted && (withoutCode === '' || names.includes(withoutCode))) return 90;
  if (names[0] === wanted) return 80;
  if (names.includes(wanted)) return 70;
  // A message that carries its code: "Request failed with status code 404", "Error 522 Connection timed out".
  const numbers = wanted.split(' ').filter((word) => /^[1-5]\d\d$/.test(word));
  if (numbers.length === 1 && numbers[0] === code) return 60;
  // Still typing: "too many req" → "too many requests" (three letters at least).
  if (wanted.length >= 3 && names.some((name) => name.startsWith(wanted))) return 40;
  // One word of a name: "teapot" → "I'm a teapot" (whole words only, four letters at least).
  if (wanted.length >= 4 && !wanted.includes(' ') && names.some((name) => name.split(' ').includes(wanted))) return 30;
  return 0;
}

/** The entries whose names answer the query, best first. */
export function nameMatches<T extends NameEntry>(query: string, entries: readonly T[], limit = 8): T[] {
  return entries
    .map((entry, index) => ({ entry, index, score: nameScore(query, entry) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** How an entry travels in `names.json`: short keys, the same fields. */
export interface CompactNameEntry {
  u: string;
  c: string;
  n: string;
  a: string[];
  k: string;
  l: string;
  o: 0 | 1;
}

/** An entry of `names.json` as the search UI uses it. */
export function expandNameEntry(entry: CompactNameEntry): NameEntry {
  return { url: entry.u, code: entry.c, name: entry.n, aliases: entry.a, classId: entry.k, label: entry.l, unofficial: entry.o === 1 };
}
