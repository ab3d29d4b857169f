/** Preview cards: /og/<code>.png per code, /og/<class>.png per class, /og/<a>-vs-<b>.png per comparison, /og/site.png for the rest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodeEntries } from '../../lib/codes.ts';
import { getComparisonEntries } from '../../lib/comparisons.ts';
import { socialCards } from '../../lib/social-cards.ts';
import { renderSocialImage, type Card } from '../../lib/social-image.ts';

export const getStaticPaths = (async () => {
  const codes = (await getCodeEntries()).map(({ data }) => data);
  const comparisons = (await getComparisonEntries()).map(({ id, data }) => ({ id, summary: data.summary, sides: data.sides }));
  return socialCards({ codes, comparisons }).map(({ name, card }) => ({ params: { name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  // In a build, src/integrations/social-cards.ts has drawn the card, is drawing it, or
  // hands it to this thread to draw now; in `astro dev`, draw it here.
  const name = String(params['name']);
  const drawn = globalThis.__drawSocialCardHere?.(name) ?? globalThis.__socialCards?.get(name);
  const png = drawn ? await drawn : renderSocialImage((props as { card: Card }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
