/**
 * The machine-readable form of the pages: /codes.json lists every code,
 * /codes/<code>.json describes one. Both come from the same frontmatter as
 * the pages, and their shape is this schema (published as /codes.schema.json).
 */
import { z } from 'astro/zod';
import { storageValues, type CodeData } from './code-schema.ts';
import { classOf } from './status-class.ts';
import { codeTitle } from './code-title.ts';

export const codeSummarySchema = z.strictObject({
  code: z.number().int().min(100).max(599),
  reason: z.string(),
  title: z.string(),
  class: z.enum(['1xx', '2xx', '3xx', '4xx', '5xx']),
  className: z.string(),
  summary: z.string(),
  unofficial: z.boolean(),
  usedBy: z.string().nullable(),
  registration: z.enum(['permanent', 'temporary', 'obsoleted', 'unused']).nullable(),
  specUrl: z.url().nullable(),
  url: z.url(),
});

export const codeListSchema = z.strictObject({
  generatedFrom: z.string(),
  codes: z.array(codeSummarySchema),
});

export const codeDetailSchema = codeSummarySchema.extend({
  aliases: z.array(z.string()),
  keywords: z.array(z.string()),
  related: z.array(z.number()),
  instead: z.array(z.strictObject({ code: z.number(), when: z.string() })),
  /** How caches may store it: heuristic, explicit, never, interim, validation or not-sent. */
  storage: z.enum(storageValues),
  /** `true` when a cache may store it without explicit freshness (storage "heuristic"). */
  cacheableByDefault: z.boolean(),
  bodyAllowed: z.boolean(),
  retry: z.string(),
  headers: z.array(
    z.strictObject({
      name: z.string(),
      requirement: z.string(),
      in: z.enum(['response', 'request']),
      source: z.strictObject({ document: z.string(), section: z.string() }).nullable(),
      purpose: z.string(),
    }),
  ),
});

export type CodeSummary = z.infer<typeof codeSummarySchema>;
export type CodeDetail = z.infer<typeof codeDetailSchema>;

/** `pageUrl` is the absolute URL of the code's page. */
export function codeSummary(data: CodeData, pageUrl: string): CodeSummary {
  const statusClass = classOf(data.code);
  return {
    code: data.code,
    reason: data.reason,
    title: codeTitle(data),
    class: statusClass.id,
    className: statusClass.name,
    summary: data.summary,
    unofficial: Boolean(data.unofficial),
    usedBy: data.unofficial?.usedBy ?? null,
    registration: data.spec?.registration ?? null,
    specUrl: data.spec?.url ?? null,
    url: pageUrl,
  };
}

export function codeDetail(data: CodeData, pageUrl: string): CodeDetail {
  return {
    ...codeSummary(data, pageUrl),
    aliases: data.aliases,
    keywords: data.keywords,
    related: data.related,
    instead: data.notFor,
    storage: data.facts.storage,
    cacheableByDefault: data.facts.storage === 'heuristic',
    bodyAllowed: data.facts.body,
    retry: data.facts.retry,
    headers: data.facts.headers.map(({ name, requirement, in: direction, source, purpose }) => ({ name, requirement, in: direction, source: source ?? null, purpose })),
  };
}
