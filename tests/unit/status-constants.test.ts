/**
 * The constants the pages show exist: Python's and Node's are checked against
 * the running interpreters; every entry names a code the site can have.
 */
import { execFileSync } from 'node:child_process';
import { STATUS_CODES } from 'node:http';
import { expect, test } from 'vitest';
import data from '../../src/data/status-constants.json';
import { constantsFor } from '../../src/lib/status-constants.ts';
import { findPythonWithFlask } from '../support/run-example.ts';

const constants = data.constants as Record<string, Record<string, { constant: string; aliases?: string[] }>>;

test('every Python HTTPStatus member of this interpreter is listed under its code', () => {
  const script = 'import json; from http import HTTPStatus; print(json.dumps({s.name: s.value for s in HTTPStatus}))';
  const members = JSON.parse(execFileSync(findPythonWithFlask(), ['-c', script], { encoding: 'utf8' })) as Record<string, number>;
  const missing = Object.entries(members).filter(([name, code]) => {
    const entry = constants['python']?.[String(code)];
    return !entry || ![entry.constant, ...(entry.aliases ?? [])].includes(`HTTPStatus.${name}`);
  });
  expect(missing).toEqual([]);
});

test('the Node.js entries are exactly http.STATUS_CODES', () => {
  expect(Object.keys(constants['node'] ?? {}).sort()).toEqual(Object.keys(STATUS_CODES).sort());
});

test('a page lists a constant per language that defines one', () => {
  expect(constantsFor(200).map((entry) => entry.constant)).toEqual([
    'HTTPStatus.OK',
    'http.STATUS_CODES[200]',
    'http.StatusOK',
    'HttpURLConnection.HTTP_OK',
    'HttpStatusCode.OK',
    'StatusCodes.Status200OK',
    'StatusCode::OK',
    'Response::HTTP_OK',
  ]);
  expect(constantsFor(410).at(-1)).toMatchObject({ language: 'Python (Django)', constant: 'HttpResponseGone' });
  expect(constantsFor(522)).toEqual([]);
});

test('a constant newer than its language’s other names says since which release, with the older names beside it', () => {
  const python422 = constantsFor(422).find((entry) => entry.language === 'Python');
  expect(python422).toMatchObject({ constant: 'HTTPStatus.UNPROCESSABLE_CONTENT', since: 'Python 3.13', aliases: ['HTTPStatus.UNPROCESSABLE_ENTITY'] });
  expect(constantsFor(422).find((entry) => entry.language === '.NET')).toMatchObject({ constant: 'HttpStatusCode.UnprocessableContent', since: '.NET 8' });
  expect(constantsFor(103).find((entry) => entry.language === 'Rust (http)')).toMatchObject({ constant: 'StatusCode::EARLY_HINTS', since: 'http 1.4.0' });
  expect(constantsFor(425).find((entry) => entry.language === 'Rust (http)')).toMatchObject({ constant: 'StatusCode::TOO_EARLY', since: 'http 1.2.0' });
});

test('a constant named for another meaning of its number says so', () => {
  expect(constantsFor(419)).toEqual([expect.objectContaining({ language: 'ASP.NET Core', constant: 'StatusCodes.Status419AuthenticationTimeout', note: expect.stringContaining('not for Laravel') })]);
});
