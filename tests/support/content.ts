/**
 * Reads the status code pages straight from `content/codes/` for tests,
 * validating each with the same schema the site uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * The pages whose frontmatter is valid. Invalid ones are left out here and
 * listed in `schemaProblems`, which the content test asserts is empty.
 */
export function loadCodeFiles(): CodeFile[] {
  schemaProblems.length = 0;
  return readdirSync(codesDirectory)
    .filter((name) => name.endsWith('.mdx'))
    .sort((a, b) => Number.parseInt(a) - Number.parseInt(b))
    .flatMap((name) => {
      const file = `content/codes/${name}`;
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(codesDirectory, name), 'utf8'));
      const parsed = codeSchema.safeParse(frontmatter);
      if (!parsed.success) {
        schemaProblems.push(describeSchemaError(file, parsed.error));
        return [];
      }
      return [{ file, data: parsed.data, body }];
    });
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
  return readdirSync(comparisonsDirectory)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const file = `content/comparisons/${name}`;
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(comparisonsDirectory, name), 'utf8'));
      const parsed = comparisonSchema.safeParse(frontmatter);
      if (!parsed.success) {
        schemaProblems.push(describeSchemaError(file, parsed.error));
        return [];
      }
      return [{ file, slug: name.replace(/\.mdx$/, ''), data: parsed.data, body }];
    });
}

/** The guide's steps by id, validated; throws naming the field when invalid. */
export function loadGuide(): Record<string, GuideStep> {
  const parsed = guideSchema.safeParse(parse(readFileSync(guideFile, 'utf8')));
  if (!parsed.success) throw new Error(describeSchemaError('content/guide.yaml', parsed.error));
  return parsed.data;
}
