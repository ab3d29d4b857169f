/**
 * Reads the content straight from `content/` for tests, through the same
 * reader and schemas the build uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { load } from 'js-yaml';
import { codeSchema, type CodeData } from '../../src/lib/code-schema.ts';
import { comparisonSchema, type ComparisonData } from '../../src/lib/comparison-schema.ts';
import { describeSchemaError, readContentFolder } from '../../src/lib/content-files.ts';
import { guideSchema, type GuideStep } from '../../src/lib/guide-schema.ts';

export const projectRoot = join(import.meta.dirname, '../..');
export const codesDirectory = join(projectRoot, 'content/codes');
export const comparisonsDirectory = join(projectRoot, 'content/comparisons');
export const examplesDirectory = join(projectRoot, 'content/examples');
export const guideFile = join(projectRoot, 'content/guide.yaml');

/** Every file's frontmatter problems, one line each naming the file and the field. */
export const schemaProblems: string[] = [];

export interface LoadedFile<Data> {
  file: string;
  /** The file name without `.mdx`, e.g. "200" or "401-vs-403". */
  slug: string;
  data: Data;
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
}

/**
 * The MDX files of one folder whose frontmatter `schema` accepts, in name
 * order ("200" before "1000"). Invalid ones are left out and listed in
 * `schemaProblems`, which the content test asserts is empty.
 */
function loadMdxFiles<Schema extends z.ZodType>(folder: 'codes' | 'comparisons', schema: Schema): LoadedFile<z.output<Schema>>[] {
  const { files, problems } = readContentFolder(projectRoot, folder);
  schemaProblems.push(...problems);
  return files.flatMap(({ file, slug, frontmatter, body, bodyLine }) => {
    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) {
      schemaProblems.push(describeSchemaError(file, parsed.error, schema));
      return [];
    }
    return [{ file, slug, data: parsed.data, body, bodyLine }];
  });
}

export type CodeFile = LoadedFile<CodeData>;
export type ComparisonFile = LoadedFile<ComparisonData>;

/** The code pages whose frontmatter is valid, in numeric order. */
export function loadCodeFiles(): CodeFile[] {
  schemaProblems.length = 0;
  return loadMdxFiles('codes', codeSchema);
}

/** The comparison pages whose frontmatter is valid; problems go to `schemaProblems`. */
export function loadComparisonFiles(): ComparisonFile[] {
  return loadMdxFiles('comparisons', comparisonSchema);
}

/** The guide's steps by id, validated; throws naming the field when invalid. */
export function loadGuide(): Record<string, GuideStep> {
  const parsed = guideSchema.safeParse(load(readFileSync(guideFile, 'utf8')));
  if (!parsed.success) throw new Error(describeSchemaError('content/guide.yaml', parsed.error, guideSchema));
  return parsed.data;
}
