/**
 * What an author sees when content is wrong: the build (`astro sync`, the step
 * `astro build` and `astro check` start with) prints one line per mistake in
 * the project's format, `<file>: <field>: <what is wrong and what is allowed>`,
 * for schema errors and cross-file problems alike. Runs the real loader on a
 * copy of the project with one file broken.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { projectRoot } from '../support/content.ts';

const copy = mkdtempSync(join(tmpdir(), 'content-errors-'));
for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
  cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
}
symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Replaces content/codes/418.mdx in the copy with `change(original)` and returns what `astro sync` printed. */
function syncWith(change: (source: string) => string): { status: number | null; lines: string[] } {
  const file = join(copy, 'content/codes/418.mdx');
  const original = readFileSync(join(projectRoot, 'content/codes/418.mdx'), 'utf8');
  writeFileSync(file, change(original));
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['sync'], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  writeFileSync(file, original);
  // The report: the lines after the heading ("The status code pages have …:"), up to the end or a blank line.
  const output = `${run.stdout}\n${run.stderr}`.split('\n');
  const heading = output.findIndex((line) => line.startsWith('The status code pages have'));
  const end = output.findIndex((line, index) => index > heading && line.trim() === '');
  const lines = heading < 0 ? output : output.slice(heading + 1, end < 0 ? undefined : end);
  return { status: run.status, lines };
}

test('schema mistakes: one line each, file then field then what is allowed, with nothing between', () => {
  const { status, lines } = syncWith((source) =>
    source.replace(/^reason: .*$/m, '$&\nclass: 4xx').replace(/^ {2}retry: .*$/m, '  retry: sometimes'),
  );
  expect(status).not.toBe(0);
  expect(lines).toEqual([
    expect.stringMatching(/^content\/codes\/418\.mdx: facts\.retry: Invalid option: expected one of "not-needed"\|/),
    'content/codes/418.mdx: class: is not a known field; the fields here are code, reason, summary, spec, unofficial, aliases, keywords, seen, related, notFor, facts, exchange, example, practice, client',
  ]);
}, 60_000);

test('cross-file mistakes and broken prose links come out in the same format, with the line', () => {
  const { status, lines } = syncWith((source) => source.replace(/^related: \[(.*)\]$/m, 'related: [$1, 597]') + '\nSee [429](/codes/429/#nope).\n');
  expect(status).not.toBe(0);
  expect(lines).toEqual([
    expect.stringMatching(/^content\/codes\/418\.mdx: related\.\d+: 597 has no page \(add content\/codes\/597\.mdx or remove it\)$/),
    expect.stringMatching(/^content\/codes\/418\.mdx:\d+: link to \/codes\/429\/#nope: \/codes\/429\/ has no anchor #nope/),
  ]);
}, 60_000);

test('frontmatter that is not valid YAML: the file, the line and what the parser expected', () => {
  const { status, lines } = syncWith((source) => source.replace(/^reason: (.*)$/m, 'reason: [$1'));
  expect(status).not.toBe(0);
  expect(lines).toEqual([expect.stringMatching(/^content\/codes\/418\.mdx: \(frontmatter\): not valid YAML at line \d+: \S/)]);
}, 60_000);
