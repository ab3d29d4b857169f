/**
 * Every example program a page shows is run here, against real Express 5 and
 * real Flask, with the request the page shows; its answer must be what the
 * page says. The programs are the very files the pages render.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleFiles } from '../../src/lib/catalogue.ts';
import { examplesDirectory, loadCodeFiles } from '../support/content.ts';
import { compareResponse, findPythonWithFlask, runExample } from '../support/run-example.ts';
import type { Framework } from '../../src/lib/example-request.ts';
import type { ExampleRequest, ExpectedResponse } from '../../src/lib/code-schema.ts';

interface ExampleRun {
  name: string;
  file: string;
  framework: Framework;
  request: ExampleRequest;
  expected: ExpectedResponse;
}

const pages = loadCodeFiles();
const runs: ExampleRun[] = pages.flatMap(({ data }) => {
  const files = exampleFiles(data);
  const { request, expect: expected } = data.example;
  const practice = data.practice;
  return [
    { name: `${data.code} Express example`, file: files.express, framework: 'express', request, expected },
    { name: `${data.code} Flask example`, file: files.flask, framework: 'flask', request, expected },
    { name: `${data.code} bad practice`, file: files.bad, framework: practice.framework, request: practice.request, expected: practice.bad },
    { name: `${data.code} good practice`, file: files.good, framework: practice.framework, request: practice.request, expected: practice.good },
  ] satisfies ExampleRun[];
});

test('Flask is installed, so no Flask example goes untested', () => {
  expect(() => findPythonWithFlask()).not.toThrow();
});

test('every example program on disk is shown on a page (and so is tested)', () => {
  const onDisk = readdirSync(examplesDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(examplesDirectory, join(entry.parentPath, entry.name)))
    .sort();
  expect(onDisk).toEqual(runs.map((run) => run.file).sort());
  console.log(`examples: ${runs.length} shown on ${pages.length} pages, ${runs.length} run below`);
});

describe.concurrent('example programs answer what their page says', () => {
  test.each(runs)('$name ($file)', async ({ file, framework, request, expected }) => {
    const response = await runExample(join(examplesDirectory, file), framework, request);
    expect(compareResponse(response, expected), `${file} answered ${request.method} ${request.path} wrongly`).toEqual([]);
  });
});
