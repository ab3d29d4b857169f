/**
 * Every example program a page shows is run here, against real Express 5 and
 * real Flask, the way a reader follows the page: start the program once, send
 * the requests shown under it in the order shown (loops included), and check
 * that each answer is what its caption promises. The programs are the very
 * files the pages render.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { comparisonPrograms, examplePrograms } from '../../src/lib/example-programs.ts';
import { examplesDirectory, loadCodeFiles, loadComparisonFiles } from '../support/content.ts';
import { compareResponse, findPythonWithFlask, runInOrder } from '../support/run-example.ts';

const pages = loadCodeFiles();
const comparisons = loadComparisonFiles();
const reasons = new Map(pages.map(({ data }) => [data.code, data.reason]));
const reasonOf = (code: number): string => reasons.get(code) ?? '(no page)';
const programs = [
  ...pages.flatMap(({ data }) => examplePrograms(data).map((program) => ({ ...program, name: `${data.code} ${program.role} (${program.framework})` }))),
  ...comparisons.flatMap(({ slug, data }) =>
    comparisonPrograms(slug, data, reasonOf).map((program) => ({ ...program, name: `compare ${slug} (${program.framework})` })),
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
  const requests = programs.reduce((sum, program) => sum + program.tries.length, 0);
  console.log(`examples: ${shown.length} programs shown on ${pages.length} code pages and ${comparisons.length} comparisons, ${requests} requests sent`);
});

// Named "<code> <role> (<framework>): <file>", so `vitest -t "^404 "` runs one page's programs
// and `vitest -t "^compare 401-vs-403 "` one comparison's.
for (const { name, file, framework, tries } of programs) {
  test.concurrent(`${name}: ${file}`, async () => {
    const answers = await runInOrder(
      join(examplesDirectory, file),
      framework,
      tries.map((attempt) => attempt.request),
    );
    const problems = tries.flatMap((attempt, index) =>
      compareResponse(answers[index]!, attempt.expect).map(
        (problem) => `request ${index + 1} of ${tries.length} ("${attempt.caption}", ${attempt.request.method} ${attempt.request.path}): ${problem}`,
      ),
    );
    expect(problems, `${file} answered wrongly when its requests were sent in the order shown`).toEqual([]);
  });
}
