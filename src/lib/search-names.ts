/**
 * The names table (/search/names.json): every page's number, name and former
 * names, small enough to load the moment the reader focuses the search box
 * (about 2 KB gzip). A
 * query that names a page ("404", "teapot", "too many requests", "payload too
 * large") is answered from it at once, before Pagefind has loaded.
 */
import { expandIdentifiers, normalise } from './search-ranking.ts';

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
  const numbers = [...new Set(wanted.split(' ').filter((word) => /^[1-5]\d\d$/.test(word)))];
  if (numbers.length === 1 && numbers[0] === code) return 60;
  // A message that quotes a name of two words or more: "PayloadTooLargeError: request entity too large".
  const padded = ` ${normalise(expandIdentifiers(query))} `;
  if (names.some((name) => name.includes(' ') && padded.includes(` ${name} `))) return 50;
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

/**
 * `names.json` as it travels: the class names once, then one short array per
 * page, `[code, name, aliases?, vendor?]`, where `vendor` (the words naming
 * who sends it) marks an unofficial code. Everything else (URL, class,
 * label) follows from the code: "429" is /codes/429/ in 4xx, "4xx" a class
 * page, "401 vs 403" a comparison, "Guide" the guide.
 */
export interface NamesTable {
  classes: Record<string, string>;
  pages: ([code: string, name: string] | [code: string, name: string, aliases: string[]] | [code: string, name: string, aliases: string[], vendor: string])[];
}

/** The entries of `names.json`, as the search UI uses them. */
export function expandNamesTable(table: NamesTable): NameEntry[] {
  return table.pages.map(([code, name, aliases = [], vendor]) => {
    const base = { code, name, aliases, unofficial: vendor !== undefined, vendor: vendor ? vendor.split(' ') : [] };
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
