/** /codes.schema.json: the JSON Schema of /codes.json, from the same Zod schema that checks it. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { codeDetailSchema, codeListSchema } from '../lib/code-json.ts';

export const GET: APIRoute = () =>
  Response.json({
    list: z.toJSONSchema(codeListSchema),
    detail: z.toJSONSchema(codeDetailSchema),
  });
