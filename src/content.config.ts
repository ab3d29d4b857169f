import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { codeSchema, describeSchemaError, type CodeData } from './lib/code-schema.ts';
import { findCatalogueProblems } from './lib/catalogue.ts';

const examplesDirectory = fileURLToPath(new URL('../content/examples/', import.meta.url));

/**
 * Loads `content/codes/*.mdx` with Astro's glob loader, then checks what no
 * single file can: names, duplicates, links between codes, example files.
 * Any problem fails the build (and `astro check`), naming the file and the field.
 */
function statusCodePages(): Loader {
  const files = glob({ pattern: '*.mdx', base: './content/codes' });
  return {
    name: 'status-code-pages',
    async load(context) {
      await files.load(context);
      const root = fileURLToPath(context.config.root);
      const schemaProblems: string[] = [];
      const entries = [...context.store.values()].map((entry) => {
        const file = relative(root, entry.filePath ?? `content/codes/${entry.id}.mdx`);
        // Validate again here: Astro's content cache keeps data parsed with an
        // older schema when only the schema changed.
        const parsed = codeSchema.safeParse(entry.data);
        if (!parsed.success) schemaProblems.push(describeSchemaError(file, parsed.error));
        return { file, data: entry.data as CodeData, body: entry.body };
      });
      if (schemaProblems.length > 0) {
        throw new Error(`The status code pages have frontmatter errors:\n${schemaProblems.join('\n')}`);
      }
      const problems = findCatalogueProblems(entries, (path) => existsSync(examplesDirectory + path));
      if (problems.length > 0) {
        throw new Error(`The status code pages have ${problems.length} problem(s):\n${problems.join('\n')}`);
      }
    },
  };
}

export const collections = {
  codes: defineCollection({ loader: statusCodePages(), schema: codeSchema }),
};
