/**
 * Read access to the comparison pages, with what is derived from them in one
 * place: slugs, titles, search phrases, and which comparisons a code is in.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { codesInSlug } from './comparison-schema.ts';
import { comparisonTitle } from './comparison-title.ts';
import { sitePath } from './urls.ts';

export type ComparisonEntry = CollectionEntry<'comparisons'>;

/** Read once per build, afresh in `astro dev` (see readCodes in codes.ts). Callers must not modify it. */
let comparisonsOnce: Promise<ComparisonEntry[]> | undefined;

/** All comparisons, ordered by their first code, then the next. */
export function getComparisonEntries(): Promise<ComparisonEntry[]> {
  if (comparisonsOnce && !import.meta.env.DEV) return comparisonsOnce;
  comparisonsOnce = getCollection('comparisons').then((entries) => entries.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })));
  return comparisonsOnce;
}

/** The comparisons that include `code`. */
export async function getComparisonsOf(code: number): Promise<ComparisonEntry[]> {
  return (await getComparisonEntries()).filter((entry) => entry.data.sides.some((side) => side.code === code));
}

/** The page of one comparison, e.g. /compare/401-vs-403/. */
export function comparisonPath(slug: string): string {
  return sitePath(`compare/${slug}/`);
}

/** A link to a comparison by its file name: its URL and its short name, e.g. "401 vs 403". */
export function comparisonLink(slug: string): { href: string; title: string } {
  return { href: comparisonPath(slug), title: comparisonShortTitle(codesInSlug(slug)) };
}

/** "401 vs 403", the short name used in links. */
export function comparisonShortTitle(codes: readonly number[]): string {
  return codes.join(' vs ');
}

export { comparisonTitle };

/**
 * The title for the browser tab and link previews: the full title when it is
 * short enough ("401 Unauthorized vs 403 Forbidden"), else "502 vs 503 vs 504 compared".
 */
export function comparisonPageTitle(sides: readonly { code: number; reason: string }[], maxLength = 50): string {
  const full = comparisonTitle(sides);
  return full.length <= maxLength ? full : `${comparisonShortTitle(sides.map((side) => side.code))} compared`;
}
