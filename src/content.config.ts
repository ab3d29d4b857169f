import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { codeSchema, describeSchemaError } from './lib/code-schema.ts';
import { findCatalogueProblems, type CatalogueEntry } from './lib/catalogue.ts';
import { comparisonSchema } from './lib/comparison-schema.ts';
import { findComparisonProblems, type ComparisonEntry } from './lib/comparison-catalogue.ts';
import { findGuideProblems, guideSchema, guideStepSchema } from './lib/guide-schema.ts';

const contentDirectory = fileURLToPath(new URL('../content/', import.meta.url));
const exampleExists = (path: string): boolean => existsSync(`${contentDirectory}examples/${path}`);
const codeHasPage = (code: number): boolean => existsSync(`${contentDirectory}codes/${code}.mdx`);
const comparisonExists = (slug: string): boolean => existsSync(`${contentDirectory}comparisons/${slug}.mdx`);

/**
 * Astro's glob loader over `content/<folder>/*.mdx`, followed by the checks
 * no single file can make. Any problem fails the build (and `astro check`),
 * naming the file and the field.
 */
function checkedPages<Schema extends z.ZodType>(
  folder: string,
  what: string,
  schema: Schema,
  findProblems: (entries: { file: string; data: z.output<Schema>; body: string | undefined }[]) => string[],
): Loader {
  const files = glob({ pattern: '*.mdx', base: `./content/${folder}` });
  return {
    name: `checked-${folder}`,
    async load(context) {
      await files.load(context);
      const root = fileURLToPath(context.config.root);
      const schemaProblems: string[] = [];
      const entries = [...context.store.values()].map((entry) => {
        const file = relative(root, entry.filePath ?? `content/${folder}/${entry.id}.mdx`);
        // Validate again here: Astro's content cache keeps data parsed with an
        // older schema when only the schema changed.
        const parsed = schema.safeParse(entry.data);
        if (!parsed.success) schemaProblems.push(describeSchemaError(file, parsed.error));
        return { file, data: entry.data as z.output<Schema>, body: entry.body };
      });
      if (schemaProblems.length > 0) {
        throw new Error(`The ${what} have frontmatter errors:\n${schemaProblems.join('\n')}`);
      }
      const problems = findProblems(entries);
      if (problems.length > 0) {
        throw new Error(`The ${what} have ${problems.length} problem(s):\n${problems.join('\n')}`);
      }
    },
  };
}

/** `content/guide.yaml`: the questions of /choose/, one entry per question, checked as a whole. */
function choiceGuide(): Loader {
  const file = 'content/guide.yaml';
  return {
    name: 'choice-guide',
    async load(context) {
      context.store.clear();
      const path = `${contentDirectory}guide.yaml`;
      context.watcher?.add(path);
      const parsed = guideSchema.safeParse(parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`The guide has errors:\n${describeSchemaError(file, parsed.error)}`);
      const problems = findGuideProblems(file, parsed.data, codeHasPage, comparisonExists);
      if (problems.length > 0) throw new Error(`The guide has ${problems.length} problem(s):\n${problems.join('\n')}`);
      for (const [id, step] of Object.entries(parsed.data)) {
        context.store.set({ id, data: await context.parseData({ id, data: step }) });
      }
    },
  };
}

export const collections = {
  codes: defineCollection({
    loader: checkedPages('codes', 'status code pages', codeSchema, (entries: CatalogueEntry[]) => findCatalogueProblems(entries, exampleExists)),
    schema: codeSchema,
  }),
  comparisons: defineCollection({
    loader: checkedPages('comparisons', 'comparison pages', comparisonSchema, (entries: ComparisonEntry[]) =>
      findComparisonProblems(entries, codeHasPage, exampleExists),
    ),
    schema: comparisonSchema,
  }),
  guide: defineCollection({ loader: choiceGuide(), schema: guideStepSchema }),
};
