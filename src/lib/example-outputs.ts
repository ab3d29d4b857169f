/**
 * The output a reader sees for each request shown under an example program:
 * `content/examples/<folder>/outputs.yaml` maps each program's file name to
 * one transcript per request, in the order shown. `npm run outputs:record`
 * writes these files from real runs, and the example tests fail when a
 * program's real output no longer matches them.
 */
import { load } from 'js-yaml';

export const outputsHeader =
  '# What each request shown under a program prints with `curl -i` (Date, Server,\n' +
  '# Content-Length and connection headers left out), one entry per request in\n' +
  '# the order shown. Written by `npm run outputs:record`; checked by the example tests.';

/** Parses one outputs file; throws `<file>: <program>: <problem>` when it is malformed. */
export function readOutputsFile(file: string, text: string): Record<string, string[]> {
  const data: unknown = load(text) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: (top level): must map program file names to lists of outputs`);
  for (const [program, outputs] of Object.entries(data as Record<string, unknown>)) {
    if (!/\.(mjs|py)$/.test(program)) throw new Error(`${file}: ${program}: is not a program's file name (app.mjs, bad.py, …)`);
    if (!Array.isArray(outputs) || !outputs.every((output) => typeof output === 'string')) {
      throw new Error(`${file}: ${program}: must be a list of outputs, one per request`);
    }
  }
  return data as Record<string, string[]>;
}
