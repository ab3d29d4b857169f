/**
 * The example programs under `content/examples/` and their recorded outputs,
 * read at build time. Vite watches them, so editing a program refreshes the
 * page in `astro dev`.
 */
import { readOutputsFile } from './example-outputs.ts';

const sources = import.meta.glob<string>('/content/examples/**/*.{mjs,py}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The source of `content/examples/<relativePath>`; the content loader has checked it exists. */
export function exampleSource(relativePath: string): string {
  const source = sources[`/content/examples/${relativePath}`];
  if (source === undefined) {
    throw new Error(`content/examples/${relativePath} is missing`);
  }
  return source;
}

const outputFiles = import.meta.glob<string>('/content/examples/**/outputs.yaml', { query: '?raw', import: 'default', eager: true });
const byProgram = new Map<string, string[]>(
  Object.entries(outputFiles).flatMap(([path, text]) => {
    const folder = path.replace(/^\/content\/examples\//, '').replace(/\/outputs\.yaml$/, '');
    return Object.entries(readOutputsFile(path.slice(1), text)).map(([program, outputs]) => [`${folder}/${program}`, outputs] as const);
  }),
);

/**
 * The recorded outputs of `content/examples/<program>`, one per request;
 * throws when they are missing or do not match the number of requests shown.
 */
export function exampleOutputs(program: string, requests: number): string[] {
  const outputs = byProgram.get(program);
  const file = `content/examples/${program.replace(/\/[^/]+$/, '')}/outputs.yaml`;
  const name = program.split('/').pop();
  if (!outputs) throw new Error(`${file}: ${name}: no recorded output; run npm run outputs:record`);
  if (outputs.length !== requests) {
    throw new Error(`${file}: ${name}: ${outputs.length} outputs recorded for ${requests} requests; run npm run outputs:record`);
  }
  return outputs;
}
