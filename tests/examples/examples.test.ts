/**
 * Every example program a page shows is run here, against real Express 5 and
 * real Flask, with the request the page shows; its answer must be what the
 * page says. The programs are the very files the pages render.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { comparisonPrograms, examplePrograms } from '../../src/lib/example-programs.ts';
import { examplesDirectory, loadCodeFiles, loadComparisonFiles } from '../support/content.ts';
import { compareResponse, findPythonWithFlask, runExample } from '../support/run-example.ts';

const pages = loadCodeFiles();
const comparisons = loadComparisonFiles();
const programs = [
  ...pages.flatMap(({ data }) => examplePrograms(data).map((program) => ({ ...program, name: `${data.code} ${program.role} (${program.framework})` }))),
  // Named "compare <slug> <code> (<framework>)": each comparison program is sent every side's request.
  ...comparisons.flatMap(({ slug, data }) =>
    comparisonPrograms(slug, data).map((program) => ({ ...program, name: `compare ${slug} ${String(program.expect.status)} (${program.framework})` })),
  ),
];

test('Flask is installed, so no Flask example goes untested', () => {
  expect(() => findPythonWithFlask()).not.toThrow();
});

test('every example program on disk is shown on a page (and so is tested)', () => {
  const onDisk = readdirSync(examplesDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(examplesDirectory, join(entry.parentPath, entry.name)))
    .sort();
  const shown = [...new Set(programs.map((program) => program.file))].sort();
  expect(onDisk).toEqual(shown);
  console.log(`examples: ${shown.length} programs shown on ${pages.length} code pages and ${comparisons.length} comparisons, ${programs.length} runs below`);
});

// Named "<code> <role> (<framework>): <file>", so `vitest -t "^404 "` runs one page's programs
// and `vitest -t "^compare 401-vs-403 "` one comparison's.
for (const { name, file, framework, request, expect: expected } of programs) {
  test.concurrent(`${name}: ${file}`, async () => {
    const response = await runExample(join(examplesDirectory, file), framework, request);
    expect(compareResponse(response, expected), `${file} answered ${request.method} ${request.path} wrongly`).toEqual([]);
  });
}
