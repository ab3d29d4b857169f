/** /codes.json: every code, in numeric order. */
import type { APIRoute } from 'astro';
import { getCodeEntries } from '../lib/codes.ts';
import { codeSummary } from '../lib/code-json.ts';
import { codePath } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const codes = (await getCodeEntries()).map(({ data }) => codeSummary(data, new URL(codePath(data.code), site).href));
  return Response.json({ generatedFrom: 'content/codes/*.mdx', codes });
};
