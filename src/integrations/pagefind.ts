/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of every
 * `astro build`, so a build alone yields a searchable site, and checks that
 * the names table (`dist/search/names.json`) names exactly the indexed pages.
 * Any indexing error fails the build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { minifySync } from 'vite';
import { expandNamesTable, type NamesTable } from '../lib/search-names.ts';

/** Each indexed page's URL, from the fragments Pagefind wrote (gzip, after a "pagefind_dcd" signature). */
function indexedUrls(pagefindDirectory: string): string[] {
  const directory = join(pagefindDirectory, 'fragment');
  return readdirSync(directory).map(
    (name) => (JSON.parse(gunzipSync(readFileSync(join(directory, name))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }).url,
  );
}

/**
 * Pagefind ships its client with whitespace stripped but every name kept.
 * Minified with Vite's own minifier it loses about 2.3 KB gzip (13.4 → 11.0 KB)
 * of the first full-text search's 100 KB budget, and behaves the same.
 */
function minifyClient(pagefindDirectory: string): void {
  const file = join(pagefindDirectory, 'pagefind.js');
  const minified = minifySync(file, readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true });
  if (minified.errors.length > 0) throw new Error(`Could not minify ${file}: ${minified.errors.map((error) => error.message).join('; ')}`);
  writeFileSync(file, minified.code);
}

/** Fails unless every page of the names table was indexed and every indexed page has a name: the search box relies on both. */
function checkNamesTable(outDir: string, urls: string[]): number {
  const file = join(outDir, 'search/names.json');
  if (!existsSync(file)) throw new Error('dist/search/names.json is missing (src/pages/search/names.json.ts)');
  const named = new Set(expandNamesTable(JSON.parse(readFileSync(file, 'utf8')) as NamesTable).map((entry) => entry.url));
  const missing = [...named].filter((url) => !urls.includes(url));
  const unnamed = urls.filter((url) => !named.has(url));
  if (missing.length > 0 || unnamed.length > 0) {
    throw new Error(`search/names.json and the index disagree: not indexed ${missing.join(', ') || '(none)'}; indexed without a name ${unnamed.join(', ') || '(none)'}`);
  }
  return named.size;
}

/**
 * How many word locations Pagefind puts in one index chunk. Its default,
 * 20,000, made this site's index a single chunk of 18.6 KB gzip, fetched by
 * every first search. With 2,000 it is seven chunks of about 3 KB, and a
 * query fetches only the chunks of its words: the first full-text search
 * ("rate limit") costs about 12 KB less, and a long pasted message no more
 * than before. Pagefind 1.6 reads it from its indexing service's environment
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, pagefind/src/options.rs); the build
 * log gives the number of chunks, so a Pagefind that ignores it shows as one.
 */
const indexChunkSize = '2000';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        try {
          process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = indexChunkSize;
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages marked data-pagefind-body in ${outDir}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          minifyClient(outputPath);
          const named = checkNamesTable(outDir, indexedUrls(outputPath));
          const chunks = readdirSync(join(outputPath, 'index')).length;
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath} (${chunks} index chunks); ${named} of them named in search/names.json`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
