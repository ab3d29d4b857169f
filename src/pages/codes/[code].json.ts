/** /codes/<code>.json: one code's facts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodeEntries, type CodeEntry } from '../../lib/codes.ts';
import { codeDetail } from '../../lib/code-json.ts';
import { codePath } from '../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await getCodeEntries()).map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { data } = (props as { entry: CodeEntry }).entry;
  return Response.json(codeDetail(data, new URL(codePath(data.code), site).href));
};
