/** Preview cards: /og/<code>.png per code, /og/<class>.png per class, /og/<a>-vs-<b>.png per comparison, /og/site.png for the rest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { codeTitle, getCodeEntries, getCodeEntry } from '../../lib/codes.ts';
import { comparisonTitle, getComparisonEntries } from '../../lib/comparisons.ts';
import { classOf, statusClasses } from '../../lib/status-class.ts';
import { renderSocialImage } from '../../lib/social-image.ts';

export const getStaticPaths = (async () => {
  const codes = (await getCodeEntries()).map(({ data }) => ({
    params: { name: String(data.code) },
    props: {
      title: codeTitle(data),
      summary: data.summary,
      eyebrow: `${classOf(data.code).id} ${classOf(data.code).name}${data.unofficial ? ` · Unofficial (${data.unofficial.usedBy})` : ''}`,
      classDigit: String(data.code).charAt(0),
    },
  }));
  const classes = statusClasses.map((statusClass) => ({
    params: { name: statusClass.id },
    props: { title: `${statusClass.id} ${statusClass.name}`, summary: statusClass.description, eyebrow: 'Status code class', classDigit: statusClass.id.charAt(0) },
  }));
  const comparisons = await Promise.all(
    (await getComparisonEntries()).map(async ({ id, data }) => ({
      params: { name: id },
      props: {
        title: comparisonTitle(await Promise.all(data.sides.map(async (side) => (await getCodeEntry(side.code)).data))),
        summary: data.summary,
        eyebrow: 'Comparison',
        classDigit: String(data.sides[0]?.code ?? '').charAt(0),
      },
    })),
  );
  const site = {
    params: { name: 'site' },
    props: { title: 'HTTP status codes', summary: 'What each code means, when to send it, and Express and Flask examples that are tested.', eyebrow: 'Reference' },
  };
  return [...codes, ...classes, ...comparisons, site];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderSocialImage(props as Parameters<typeof renderSocialImage>[0]);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
