/**
 * /search/names.json: the names table of the search box (see
 * src/lib/search-names.ts), one entry per searchable page, from the same
 * content as the pages, with the constants each code page lists. The
 * pagefind integration checks, after indexing, that it names exactly the
 * pages Pagefind indexed.
 */
import type { APIRoute } from 'astro';
import { getCodeEntries } from '../../lib/codes.ts';
import { comparisonShortTitle, comparisonTitle, getComparisonEntries } from '../../lib/comparisons.ts';
import { constantNames, vendorWords, type NamesTable } from '../../lib/search-names.ts';
import { constantsFor } from '../../lib/status-constants.ts';
import { statusClasses } from '../../lib/status-class.ts';

/** A page's row: its code and name, and its other names when it has any. */
const row = (code: string, name: string, aliases: readonly string[] = []): NamesTable['pages'][number] => (aliases.length > 0 ? [code, name, [...aliases]] : [code, name]);

export const GET: APIRoute = async () => {
  const codes = await getCodeEntries();
  const reasons = new Map(codes.map(({ data }) => [data.code, data.reason]));
  const table: NamesTable = {
    classes: Object.fromEntries(statusClasses.map((statusClass) => [statusClass.id, statusClass.name])),
    constants: Object.fromEntries(
      codes.flatMap(({ data }) => {
        const spelt = constantNames(constantsFor(data.code).flatMap((constant) => [constant.constant, ...constant.aliases]), [data.reason, ...data.aliases]);
        return spelt.length > 0 ? [[String(data.code), spelt]] : [];
      }),
    ),
    pages: [
      ...codes.map(({ data }) =>
        data.unofficial ? [String(data.code), data.reason, data.aliases, vendorWords(data.unofficial.usedBy)] satisfies NamesTable['pages'][number] : row(String(data.code), data.reason, data.aliases),
      ),
      ...statusClasses.map((statusClass) => row(statusClass.id, `${statusClass.id} ${statusClass.name}`, statusClass.aliases)),
      ...(await getComparisonEntries()).map(({ data }): NamesTable['pages'][number] => {
        const sides = data.sides.map((side) => ({ code: side.code, reason: reasons.get(side.code) ?? '' }));
        return [comparisonShortTitle(sides.map((side) => side.code)), comparisonTitle(sides)];
      }),
      ['Guide', 'Which status code should I use?'],
    ],
  };
  return Response.json(table);
};
