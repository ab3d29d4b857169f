/**
 * `npm run bench`: build figures for the real site and for the real site plus
 * 2,000 synthetic entries (clones of 200.mdx), each in a throwaway copy of the
 * project: a cold build (no card or highlighting cache), then a rebuild after
 * editing one entry; time, peak memory, and the size of dist/ by kind. Then
 * page weights and search figures on the real site. It reports figures; it
 * asserts nothing. `BENCH_ENTRIES=0` skips the synthetic site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
import { preview } from '../support/preview-servers.ts';

const root = join(import.meta.dirname, '../..');
const syntheticCount = Number(process.env['BENCH_ENTRIES'] ?? 2000);

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

const caches = ['node_modules/.cache/http-status-cards', 'node_modules/.cache/http-status-highlight'];

/** Builds the project in `directory` and returns the seconds and the peak resident memory (worker threads included). */
function build(directory: string, cold: boolean): { seconds: number; peakMiB: number } {
  if (cold) for (const cache of [...caches, '.astro']) rmSync(join(directory, cache), { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-kib %M', join(root, 'node_modules/.bin/astro'), 'build', '--silent'], { cwd: directory, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`astro build failed in ${directory}:\n${run.stdout}\n${run.stderr}`);
  const peak = Number(/peak-kib (\d+)/.exec(run.stderr)?.[1] ?? 0);
  return { seconds, peakMiB: peak / 1024 };
}

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The size of dist/ by kind, and what the inlined stylesheets add up to. */
function distSizes(directory: string): string {
  const files = filesUnder(join(directory, 'dist'));
  const size = (file: string): number => statSync(file).size;
  const sum = (list: string[]): number => list.reduce((total, file) => total + size(file), 0);
  const html = files.filter((file) => file.endsWith('.html') && !file.includes('/pagefind/'));
  const cards = files.filter((file) => file.includes('/og/'));
  const index = files.filter((file) => file.includes('/pagefind/'));
  const css = html.reduce((total, file) => total + [...readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((bytes, match) => bytes + (match[1]?.length ?? 0), 0), 0);
  const other = sum(files) - sum(html) - sum(cards) - sum(index);
  return (
    `dist/ ${MB(sum(files))}: HTML ${MB(sum(html))} (${html.length} files, of which inlined CSS ${MB(css)}), ` +
    `cards ${MB(sum(cards))} (${cards.length}, ${kB(sum(cards) / Math.max(1, cards.length))} each), search index ${MB(sum(index))}, other ${MB(other)}`
  );
}

/** Page weights and what the browser downloads, for a built project. */
function report(label: string, projectDirectory: string, seconds: number): void {
  const dist = join(projectDirectory, 'dist');
  const files = filesUnder(dist);
  const pages = files.filter((file) => file.endsWith('.html') && !file.includes('/pagefind/'));
  const index = files.filter((file) => file.includes('/pagefind/'));
  const scripts = files.filter((file) => file.includes('/_astro/') && file.endsWith('.js'));
  const pageSizes = pages.map(gzipped).sort((a, b) => a - b);
  const total = (list: string[]): number => list.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`\n## ${label}`);
  if (seconds > 0) console.log(`build (astro build + Pagefind): ${seconds.toFixed(1)} s for ${pages.length} pages`);
  console.log(`HTML with inlined CSS, gzip: median ${kB(pageSizes[Math.floor(pageSizes.length / 2)] ?? 0)}, max ${kB(pageSizes.at(-1) ?? 0)}`);
  console.log(`search index: ${index.length} files, ${kB(total(index))} on disk`);
  console.log(`JavaScript: ${scripts.map((file) => `${file.split('/').pop()} ${kB(gzipped(file))} gzip`).join(', ')}`);
}

/** A throwaway copy of the project, sharing node_modules (and so its caches). */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'http-status-bench-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

/** Cold build, then a rebuild after changing one entry's summary; prints both. */
function coldAndEdited(label: string, directory: string, edited: string): void {
  const cold = build(directory, true);
  console.log(`\n## ${label}`);
  console.log(`cold build (empty caches): ${cold.seconds.toFixed(1)} s, peak memory ${cold.peakMiB.toFixed(0)} MiB`);
  const file = join(directory, edited);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/m, (_, summary: string) => `summary: ${summary.replace(/\.$/, '')}, edited.`));
  const rebuilt = build(directory, false);
  console.log(`rebuild after editing ${edited}: ${rebuilt.seconds.toFixed(1)} s, peak memory ${rebuilt.peakMiB.toFixed(0)} MiB`);
  console.log(distSizes(directory));
}

// 1. The real site: cold, edited, and how long `npm start` takes to serve it from a fresh clone.
const realCopy = copyProject();
try {
  const started = performance.now();
  build(realCopy, true);
  const server = await preview(join(realCopy, 'dist'));
  console.log(`\nnpm start on a fresh clone (cold build, then the preview server answering): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  server.child.kill();
  coldAndEdited('The real site', realCopy, 'content/codes/404.mdx');
} finally {
  rmSync(realCopy, { recursive: true, force: true });
}

// 2. Page weights and search, on a build of the project itself.
build(root, false);
report('The real site: page weights', root, 0);
const page200 = join(root, 'dist/codes/200/index.html');
const html200 = readFileSync(page200, 'utf8');
const externalCss = [...html200.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].length;
console.log(
  `/codes/200/: ${kB(statSync(page200).size)} raw, ${kB(gzipped(page200))} gzip, HTML + CSS in one file (${externalCss} external stylesheets); budget 14 KB gzip`,
);

// 2. Search latency on the built site, in headless Chromium: from the keystroke
// to the results painted, for the first query (which loads the search UI and
// the index) and for warm queries, and the bytes the first query fetched.
async function measureSearch(): Promise<void> {
  const server = await preview('dist');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // A fresh page whose search files are counted as they arrive.
    const openPage = async (): Promise<{ page: Page; fetched: { url: string; bytes: number }[] }> => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/codes/200/`, { waitUntil: 'networkidle' });
      const fetched: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        if (/pagefind|search-ui|search\/names/.test(response.url())) {
          // Bytes on the wire: the preview server does not compress, so gzip the body as a CDN would.
          const body = await response.body().catch(() => Buffer.alloc(0));
          fetched.push({ url: new URL(response.url()).pathname, bytes: gzipSync(body, { level: 9 }).length });
        }
      });
      return { page, fetched };
    };
    const { page, fetched } = await openPage();
    const searchBytes = (files = fetched): number => files.reduce((sum, file) => sum + file.bytes, 0);
    // Types `query` into the box and resolves with the milliseconds until the
    // names answer is painted and until the full-text results are in (the list
    // stops being busy), both from the keystroke.
    const timeQuery = (query: string, on = page): Promise<{ names: number; full: number }> =>
      on.evaluate(
        (text) =>
          new Promise<{ names: number; full: number }>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('#search-input')!;
            const list = document.querySelector('.search-results')!;
            list.replaceChildren();
            let names = Number.NaN;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (Number.isNaN(names) && list.querySelector('a')) names = performance.now() - started;
              if (list.getAttribute('aria-busy') === 'false') {
                observer.disconnect();
                requestAnimationFrame(() => resolve({ names, full: performance.now() - started }));
              }
            });
            observer.observe(list, { childList: true, attributes: true, attributeFilter: ['aria-busy'] });
            input.focus();
            input.value = text;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
      );
    const debounce = Number(/const debounce = (\d+)/.exec(readFileSync(join(root, 'src/components/search/search-ui.ts'), 'utf8'))?.[1]);
    const namesTable = gzipped(join(root, 'dist/search/names.json'));
    const first = await timeQuery('rate limit');
    await page.waitForTimeout(300);
    const firstBytes = searchBytes();
    const firstFiles = [...fetched];
    const instant = await timeQuery('teapot');
    const warm: number[] = [];
    for (const query of ['not found', 'created', 'gateway timeout', 'unauthorized', 'maintenance', 'redirect', 'file too big', 'upstream timed out', 'csrf token missing']) {
      warm.push((await timeQuery(query)).full - debounce);
    }
    // A long pasted message as the first search: searched word by word, it reads more of the index.
    const pasted = 'upstream timed out (110: Connection timed out) while reading response header from upstream';
    const fresh = await openPage();
    await timeQuery(pasted, fresh.page);
    await fresh.page.waitForTimeout(300);
    const pastedBytes = searchBytes(fresh.fetched);
    await fresh.page.close();
    warm.sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    console.log('\n## Search (headless Chromium, bytes gzip as served by a CDN)');
    console.log(`names table: ${kB(namesTable)} (budget 6 KB); "teapot" answered from it in ${instant.names.toFixed(0)} ms, before Pagefind`);
    console.log(`first full-text search ("rate limit"): ${kB(firstBytes)} in all, ${firstBytes} bytes (budget 100 KB, 102400 bytes), results in ${first.full.toFixed(0)} ms`);
    console.log(`  ${firstFiles.map((file) => `${file.url.split('/').pop()} ${kB(file.bytes)}`).join(', ')}`);
    console.log(`first full-text search of a pasted nginx error line: ${kB(pastedBytes)} in all, ${pastedBytes} bytes`);
    console.log(`pagefind-worker.js fetched: ${firstFiles.some((file) => file.url.includes('worker')) ? 'yes' : 'no (Pagefind runs on the main thread)'}`);
    console.log(`warm queries, results painted after the ${debounce} ms debounce: median ${median.toFixed(0)} ms, worst ${warm.at(-1)!.toFixed(0)} ms (${warm.length} queries; budget 60 ms)`);
    console.log(`total search bytes after ${warm.length + 2} queries: ${kB(searchBytes())}`);
  } finally {
    await browser.close();
    server.child.kill();
  }
}
await measureSearch();
if (syntheticCount === 0) process.exit(0);

// 3. The real site plus synthetic entries, in a throwaway copy of the project.
const copy = copyProject();
try {
  // Real codes stop at 599; the synthetic ones are numbered 600 and up, so
  // the copy's schema, class lookup and names table are widened to accept them.
  const patch = (file: string, from: string, to: string): void => {
    const path = join(copy, file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(from)) throw new Error(`bench: ${file} no longer contains ${from}; update the synthetic-entry patch`);
    writeFileSync(path, source.replaceAll(from, to));
  };
  patch('src/lib/code-schema.ts', '.max(599', '.max(9999');
  patch('src/lib/status-class.ts', 'Math.floor(code / 100) - 1]', '(Math.floor(code / 100) - 1) % 5]');
  patch('src/lib/search-names.ts', 'if (/^\\d{3}$/.test(code)) {', 'if (/^\\d{3,4}$/.test(code)) {');
  const model = readFileSync(join(root, 'content/codes/200.mdx'), 'utf8');
  for (let index = 0; index < syntheticCount; index += 1) {
    const code = 600 + index;
    const words = ['latency', 'quota', 'shard', 'replica', 'token', 'upload', 'cache', 'tenant'];
    const entry = model
      .replace(/^code: 200$/m, `code: ${code}`)
      .replace(/^reason: OK$/m, `reason: Synthetic ${words[index % words.length]} ${code}`)
      .replace(/^related: \[.*\]$/m, 'related: [200]')
      .replace(/HTTP\/1\.1 200 OK/g, `HTTP/1.1 ${code} Synthetic`)
      .replace(/^ {2}- code: 201$/m, '  - code: 200');
    writeFileSync(join(copy, `content/codes/${code}.mdx`), entry);
    cpSync(join(root, 'content/examples/200'), join(copy, `content/examples/${code}`), { recursive: true });
  }
  coldAndEdited(`The real site + ${syntheticCount} synthetic entries`, copy, `content/codes/${600 + Math.floor(syntheticCount / 2)}.mdx`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
