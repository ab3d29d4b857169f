/**
 * Reads the status code pages straight from `content/codes/` for tests,
 * validating each with the same schema the site uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { codeSchema, describeSchemaError, type CodeData } from '../../src/lib/code-schema.ts';
import { comparisonSchema, type ComparisonData } from '../../src/lib/comparison-schema.ts';
import { guideSchema, type GuideStep } from '../../src/lib/guide-schema.ts';

export const projectRoot = join(import.meta.dirname, '../..');
export const codesDirectory = join(projectRoot, 'content/codes');
export const comparisonsDirectory = join(projectRoot, 'content/comparisons');
export const examplesDirectory = join(projectRoot, 'content/examples');
export const guideFile = join(projectRoot, 'content/guide.yaml');

export interface CodeFile {
  file: string;
  data: CodeData;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter between --- lines');
  return { frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** Every file's frontmatter problems, one line each naming the file and the field. */
export const schemaProblems: string[] = [];

/**
 * The MDX files of one folder whose frontmatter `schema` accepts, in name
 * order ("200" before "1000"). Invalid ones are left out and listed in
 * `schemaProblems`, which the content test asserts is empty.
 */
function loadMdxFiles<Schema extends z.ZodType>(folder: 'codes' | 'comparisons', schema: Schema): { file: string; slug: string; data: z.output<Schema>; body: string }[] {
  const directory = join(projectRoot, 'content', folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.mdx'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap((name) => {
      const file = `content/${folder}/${name}`;
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(directory, name), 'utf8'));
      const parsed = schema.safeParse(frontmatter);
      if (!parsed.success) {
        schemaProblems.push(describeSchemaError(file, parsed.error));
        return [];
      }
      return [{ file, slug: name.replace(/\.mdx$/, ''), data: parsed.data, body }];
    });
}

/** The code pages whose frontmatter is valid, in numeric order. */
export function loadCodeFiles(): CodeFile[] {
  schemaProblems.length = 0;
  return loadMdxFiles('codes', codeSchema);
}

export interface ComparisonFile {
  file: string;
  /** The file name without `.mdx`, e.g. "401-vs-403". */
  slug: string;
  data: ComparisonData;
  body: string;
}

/** The comparison pages whose frontmatter is valid; problems go to `schemaProblems`. */
export function loadComparisonFiles(): ComparisonFile[] {
  return loadMdxFiles('comparisons', comparisonSchema);
}

/** The guide's steps by id, validated; throws naming the field when invalid. */
export function loadGuide(): Record<string, GuideStep> {
  const parsed = guideSchema.safeParse(parse(readFileSync(guideFile, 'utf8')));
  if (!parsed.success) throw new Error(describeSchemaError('content/guide.yaml', parsed.error));
  return parsed.data;
}
