import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { load } from 'js-yaml';
import { codeSchema } from './lib/code-schema.ts';
import { findCatalogueProblems } from './lib/catalogue.ts';
import { comparisonSchema } from './lib/comparison-schema.ts';
import { findComparisonProblems } from './lib/comparison-catalogue.ts';
import { ContentError, describeSchemaError, readContentFolder } from './lib/content-files.ts';
import { endingId, findGuideProblems, guideSchema, guideStepSchema, isCodeAnswer, type GuideStep } from './lib/guide-schema.ts';
import { findBrokenFrontmatterLinks, findBrokenProseLinks, siteIndex, type SiteIndex } from './lib/prose-links.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const contentDirectory = `${projectRoot}content/`;
const exampleExists = (path: string): boolean => existsSync(`${contentDirectory}examples/${path}`);
const codeHasPage = (code: number): boolean => existsSync(`${contentDirectory}codes/${code}.mdx`);
const comparisonExists = (slug: string): boolean => existsSync(`${contentDirectory}comparisons/${slug}.mdx`);

/** The guide's steps, read and validated; problems in the project's error format. */
function readGuide(): { steps: Record<string, GuideStep>; problems: string[] } {
  const file = 'content/guide.yaml';
  const parsed = guideSchema.safeParse(load(readFileSync(`${contentDirectory}guide.yaml`, 'utf8')));
  if (!parsed.success) return { steps: {}, problems: describeSchemaError(file, parsed.error, guideSchema).split('\n') };
  return { steps: parsed.data, problems: findGuideProblems(file, parsed.data, codeHasPage, comparisonExists) };
}

/** Every page and anchor a link in the prose may reach, read from the content files. */
function currentSiteIndex(): SiteIndex {
  const { steps } = readGuide();
  const guideIds = Object.entries(steps).flatMap(([id, step]) => [id, ...step.answers.filter(isCodeAnswer).map((answer) => endingId(id, answer))]);
  return siteIndex({
    codes: readContentFolder(projectRoot, 'codes').files.map(({ slug, body }) => ({ code: Number(slug), body })),
    comparisons: readContentFolder(projectRoot, 'comparisons').files.map(({ slug, body }) => ({ slug, body })),
    guideIds,
  });
}

/**
 * Astro's glob loader over `content/<folder>/*.mdx`, preceded by the checks
 * that report mistakes in the project's format (`<file>: <field>: <message>`):
 * each file's frontmatter against its schema, then what no single file can
 * show (cross-file rules and links in the prose). Any problem fails the build
 * (and `astro check`).
 */
function checkedPages<Schema extends z.ZodType>(
  folder: 'codes' | 'comparisons',
  what: string,
  schema: Schema,
  pagePath: (slug: string) => string,
  findProblems: (entries: { file: string; data: z.output<Schema>; body: string }[]) => string[],
): Loader {
  const files = glob({ pattern: '*.mdx', base: `./content/${folder}` });
  return {
    name: `checked-${folder}`,
    async load(context) {
      // Validated here first, so a mistake is reported in this project's
      // format before Astro's own validation reports it in Astro's.
      const read = readContentFolder(projectRoot, folder);
      const schemaProblems = [...read.problems];
      const entries = read.files.flatMap(({ file, frontmatter, body, bodyLine, slug }) => {
        const parsed = schema.safeParse(frontmatter);
        if (!parsed.success) {
          schemaProblems.push(describeSchemaError(file, parsed.error, schema));
          return [];
        }
        return [{ file, data: parsed.data as z.output<Schema>, body, bodyLine, slug }];
      });
      if (schemaProblems.length > 0) throw new ContentError(`The ${what} have frontmatter errors:`, schemaProblems);
      const index = currentSiteIndex();
      const problems = [
        ...findProblems(entries),
        ...entries.flatMap(({ file, body, bodyLine, slug }) => findBrokenProseLinks(file, body, bodyLine, pagePath(slug), index)),
        ...entries.flatMap(({ file, data, slug }) => findBrokenFrontmatterLinks(file, data, pagePath(slug), index)),
      ];
      if (problems.length > 0) throw new ContentError(`The ${what} have ${problems.length} problem(s):`, problems);
      await files.load(context);
    },
  };
}

/** `content/guide.yaml`: the questions of /choose/, one entry per question, checked as a whole. */
function choiceGuide(): Loader {
  return {
    name: 'choice-guide',
    async load(context) {
      context.store.clear();
      context.watcher?.add(`${contentDirectory}guide.yaml`);
      const { steps, problems } = readGuide();
      if (problems.length > 0) throw new ContentError(`The guide has ${problems.length} problem(s):`, problems);
      for (const [id, step] of Object.entries(steps)) {
        context.store.set({ id, data: await context.parseData({ id, data: step }) });
      }
    },
  };
}

export const collections = {
  codes: defineCollection({
    loader: checkedPages('codes', 'status code pages', codeSchema, (slug) => `/codes/${slug}/`, (entries) => findCatalogueProblems(entries, exampleExists)),
    schema: codeSchema,
  }),
  comparisons: defineCollection({
    loader: checkedPages('comparisons', 'comparison pages', comparisonSchema, (slug) => `/compare/${slug}/`, (entries) =>
      findComparisonProblems(entries, codeHasPage, exampleExists),
    ),
    schema: comparisonSchema,
  }),
  guide: defineCollection({ loader: choiceGuide(), schema: guideStepSchema }),
};
