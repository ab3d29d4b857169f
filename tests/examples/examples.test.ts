/**
 * Every example program a page shows is run here, against real Express 5 and
 * real Flask, the way a reader follows the page: start the program once, send
 * the requests shown under it in the order shown (loops included), and check
 * that each answer is what its caption promises and prints what the page
 * shows under the curl line. The programs are the very files the pages render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { examplesDirectory } from '../support/content.ts';
import { comparable, storedOutputs, transcript } from '../support/example-output.ts';
import { allPrograms } from '../support/programs.ts';
import { compareResponse, findPythonWithFlask, runInOrder } from '../support/run-example.ts';

const { programs, clients, pages, comparisons } = allPrograms();

test('Flask is installed, so no Flask example goes untested', () => {
  expect(() => findPythonWithFlask()).not.toThrow();
});

test('every example program on disk is shown on a page (and so is tested), and every output recorded is shown', () => {
  const onDisk = readdirSync(examplesDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'outputs.yaml')
    .map((entry) => relative(examplesDirectory, join(entry.parentPath, entry.name)))
    .sort();
  const servers = [...new Set(clients.map((client) => client.server))];
  const shown = [...new Set([...programs.map((program) => program.file), ...clients.map((client) => client.file), ...servers])].sort();
  expect(onDisk).toEqual(shown);
  const folders = [...new Set(shown.map((file) => file.replace(/\/[^/]+$/, '')))];
  const recorded = folders.flatMap((folder) => Object.keys(storedOutputs(folder)).map((name) => `${folder}/${name}`)).sort();
  expect(recorded).toEqual(shown.filter((file) => !file.endsWith('/server.mjs')));
  const requests = programs.reduce((sum, program) => sum + program.tries.length, 0);
  console.log(`examples: ${shown.length} programs shown on ${pages} code pages and ${comparisons} comparisons, ${requests} requests sent`);
});

// Named "<code> <role> (<framework>): <file>", so `vitest -t "^404 "` runs one page's programs
// and `vitest -t "^compare 401-vs-403 "` one comparison's.
for (const { name, file, framework, tries } of programs) {
  test.concurrent(`${name}: ${file}`, async () => {
    const path = join(examplesDirectory, file);
    const answers = await runInOrder(
      path,
      framework,
      tries.map((attempt) => attempt.request),
    );
    const problems = tries.flatMap((attempt, index) =>
      compareResponse(answers[index]!, attempt.expect).map(
        (problem) => `request ${index + 1} of ${tries.length} ("${attempt.caption}", ${attempt.request.method} ${attempt.request.path}): ${problem}`,
      ),
    );
    expect(problems, `${file} answered wrongly when its requests were sent in the order shown`).toEqual([]);
    const source = readFileSync(path, 'utf8');
    const printed = answers.map((answer, index) => comparable(transcript(answer, tries[index]!.request.method, source)));
    const shown = (storedOutputs(file.replace(/\/[^/]+$/, ''))[file.split('/').pop()!] ?? []).map(comparable);
    expect(printed, `${file} printed something other than the page shows under its curl lines; if the change is meant, run npm run outputs:record ${file}`).toEqual(shown);
  });
}
