/** Every example program the site shows, named for test titles, with the requests shown under it. */
import { clientPrograms, type ClientProgram } from '../../src/lib/client-programs.ts';
import type { CodeData } from '../../src/lib/code-schema.ts';
import { comparisonPrograms, examplePrograms, type ExampleProgram } from '../../src/lib/example-programs.ts';
import { loadCodeFiles, loadComparisonFiles } from './content.ts';

export interface NamedProgram extends ExampleProgram {
  /** "<code> <role> (<framework>)" or "compare <slug> (<framework>)". */
  name: string;
}

export interface PageClient extends ClientProgram {
  page: CodeData;
  /** The server it runs against, relative to `content/examples/`. */
  server: string;
}

export function allPrograms(): { programs: NamedProgram[]; clients: PageClient[]; pages: number; comparisons: number } {
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
  const clients = pages.flatMap(({ data }) =>
    clientPrograms(data).flatMap((program) => (program.role === 'server' ? [] : [{ ...program, page: data, server: `${data.code}/${data.client!.server}` }])),
  );
  return { programs, clients, pages: pages.length, comparisons: comparisons.length };
}
