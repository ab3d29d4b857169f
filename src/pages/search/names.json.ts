/**
 * /search/names.json: the names table of the search box (see
 * src/lib/search-names.ts), one entry per searchable page, from the same
 * content as the pages. After Pagefind has indexed the site, the pagefind
 * integration adds each page's Pagefind fragment id, so a full-text result
 * can be named and ranked before its fragment is fetched.
 */
import type { APIRoute } from 'astro';
import { getCodeEntries } from '../../lib/codes.ts';
import { comparisonShortTitle, comparisonTitle, getComparisonEntries } from '../../lib/comparisons.ts';
import type { CompactNameEntry } from '../../lib/search-names.ts';
import { classOf, statusClasses } from '../../lib/status-class.ts';

export const GET: APIRoute = async () => {
  const codes = await getCodeEntries();
  const reasons = new Map(codes.map(({ data }) => [data.code, data.reason]));
  const entries: CompactNameEntry[] = [
    ...codes.map(({ data }): CompactNameEntry => {
      const statusClass = classOf(data.code);
      return {
        u: `/codes/${data.code}/`,
        c: String(data.code),
        n: data.reason,
        a: data.aliases,
        k: statusClass.id,
        l: `${statusClass.id} ${statusClass.name}`,
        o: data.unofficial ? 1 : 0,
      };
    }),
    ...statusClasses.map((statusClass): CompactNameEntry => ({ u: `/codes/${statusClass.id}/`, c: statusClass.id, n: `${statusClass.id} ${statusClass.name}`, a: [], k: statusClass.id, l: 'Class', o: 0 })),
    ...(await getComparisonEntries()).map(({ id, data }): CompactNameEntry => {
      const sides = data.sides.map((side) => ({ code: side.code, reason: reasons.get(side.code) ?? '' }));
      return { u: `/compare/${id}/`, c: comparisonShortTitle(sides.map((side) => side.code)), n: comparisonTitle(sides), a: [], k: '', l: 'Comparison', o: 0 };
    }),
    { u: '/choose/', c: 'Guide', n: 'Which status code should I use?', a: [], k: '', l: 'Guide', o: 0 },
  ];
  return Response.json(entries);
};
