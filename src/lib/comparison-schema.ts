/**
 * The frontmatter schema of a comparison page (`content/comparisons/<a>-vs-<b>.mdx`):
 * two to four codes that developers confuse, side by side.
 *
 * Only what is particular to the comparison lives here. Each code's reason
 * phrase, headers and cacheability come from its own page, so a comparison can
 * never contradict the code pages it links to.
 */
import { z } from 'astro/zod';
import { exampleRequestSchema, expectedResponseSchema, statusCodeSchema } from './code-schema.ts';

/** A plain-text sentence: it is shown as is and used as a meta description. */
const plainSentence = (min: number, max: number) =>
  z
    .string()
    .min(min, { error: `must be a full sentence (${min}–${max} characters)` })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/^[^`<>*_[\]]*$/, { error: 'is plain text: no Markdown or HTML' });

/** One of the compared codes: the cells of its column and the request that shows it. */
export const comparisonSideSchema = z.strictObject({
  /** The status code; it must have its own page. */
  code: statusCodeSchema,
  /** A few words naming the situation this side stands for, e.g. "No valid token". Heads the column and its example request. */
  situation: z.string().min(3).max(60),
  /** What this code tells the client, in contrast to the others (one or two sentences; inline Markdown allowed). */
  meaning: z.string().min(20),
  /** The typical situation that produces it (one or two sentences; inline Markdown allowed). */
  cause: z.string().min(20),
  /** What a client (browser, HTTP library, crawler) does with it (one or two sentences; inline Markdown allowed). */
  client: z.string().min(20),
  /** The request that makes the comparison's example programs answer with this code. */
  request: exampleRequestSchema,
  /** What both programs answer to that request; `status` must be this side's code. */
  expect: expectedResponseSchema,
});

export const comparisonSchema = z
  .strictObject({
    /** One sentence: the difference in a nutshell. Shown under the title and used as the meta description. */
    summary: plainSentence(30, 220),
    /** The decision, as one or two short sentences a reader can remember (inline Markdown allowed). */
    ruleOfThumb: z.string().min(30).max(400),
    /** Everyday phrases people search for this comparison with, beyond "401 vs 403" and "unauthorized or forbidden", which are derived. */
    keywords: z.array(z.string().min(2)).default([]),
    /**
     * Where handling them in a client differs (inline Markdown, a few sentences),
     * for codes a client must act on; the page links each code's client section.
     */
    clientSide: z.string().min(40).optional(),
    /** The compared codes, in the order of the file name (`401-vs-403.mdx` lists 401, then 403). */
    sides: z.array(comparisonSideSchema).min(2, { error: 'compares at least two codes' }).max(4, { error: 'compares at most four codes (a wider table does not fit a phone)' }),
  })
  .check((ctx) => {
    const { sides } = ctx.value;
    const seen = new Set<number>();
    sides.forEach((side, index) => {
      if (seen.has(side.code)) {
        ctx.issues.push({ code: 'custom', input: side.code, path: ['sides', index, 'code'], message: `${side.code} is compared twice` });
      }
      seen.add(side.code);
      if (side.expect.status !== side.code) {
        ctx.issues.push({
          code: 'custom',
          input: side.expect.status,
          path: ['sides', index, 'expect', 'status'],
          message: `must be ${side.code}: the request of this side must show its code`,
        });
      }
    });
  });

export type ComparisonData = z.output<typeof comparisonSchema>;
export type ComparisonSide = ComparisonData['sides'][number];

/** The file name (without `.mdx`) a comparison of these codes must have, e.g. "401-vs-403". */
export function comparisonSlug(data: Pick<ComparisonData, 'sides'>): string {
  return data.sides.map((side) => side.code).join('-vs-');
}

/** The codes a comparison's file name lists, e.g. [401, 403] for "401-vs-403". */
export function codesInSlug(slug: string): number[] {
  return slug.split('-vs-').map(Number);
}
