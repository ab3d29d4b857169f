/**
 * Every client program is run as its page tells the reader to (start the
 * server, then the client) with a recording tap between the two, and checked
 * for what it did on the wire: how long it waited, how many attempts, which
 * headers, which method after a redirect. Each page's bad client, the
 * common mistake, must break the same check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { examplesDirectory } from '../support/content.ts';
import { clientChecks } from '../support/client-checks/index.ts';
import { comparable, storedOutputs } from '../support/example-output.ts';
import { allPrograms } from '../support/programs.ts';
import { runClient } from '../support/run-client.ts';

const { clients } = allPrograms();

test('every code a client must act on has its client section', () => {
  const covered = new Set(clients.filter((client) => client.role === 'client').map((client) => client.page.code));
  const required = [100, 202, 206, 301, 302, 303, 304, 307, 308, 401, 408, 409, 412, 413, 416, 417, 425, 429, 502, 503, 504];
  expect(required.filter((code) => !covered.has(code))).toEqual([]);
  const bad = clients.filter((client) => client.role === 'client-bad').length;
  console.log(`clients: ${clients.length - bad} programs on ${covered.size} pages, ${bad} bad clients (planted mistakes)`);
});

for (const client of clients) {
  const { page, file, server, language, role } = client;
  const kind = page.client!.check;
  test.concurrent(`${page.code} ${role} (${language}): ${file} against ${server}, checked for ${kind}`, async () => {
    const path = join(examplesDirectory, file);
    const source = readFileSync(path, 'utf8');
    const run = await runClient(join(examplesDirectory, server), path, language);
    const problems = clientChecks[kind]({ ...run, source }, page);
    const trace = run.exchanges.map((exchange) => `  ${exchange.request.method} ${exchange.request.path} → ${exchange.response?.status ?? '-'} at ${Math.round(exchange.request.at - run.exchanges[0]!.request.at)} ms`).join('\n');
    if (role === 'client-bad') {
      expect(problems, `${file} is the page's common mistake, but the ${kind} check found nothing wrong:\n${trace}`).not.toEqual([]);
      console.log(`${file} (planted mistake) fails the ${kind} check: ${problems.join('; ')}`);
    } else {
      expect(run.exitCode, `${file} ${run.exitCode === null ? 'did not finish within 30 s' : `exited with ${run.exitCode}`}:\n${run.stderr}`).toBe(0);
      expect(problems, `${file} broke the rule on the wire:\n${trace}`).toEqual([]);
    }
    const shown = storedOutputs(file.replace(/\/[^/]+$/, ''))[file.split('/').pop()!]?.[0];
    expect(comparable(run.stdout.trimEnd()), `${file} printed something other than its page shows; if the change is meant, run npm run outputs:record ${file}`).toBe(
      comparable(shown ?? '(nothing recorded)'),
    );
  });
}
