/** Every example program the site shows, named for test titles, with the requests shown under it. */
import { comparisonPrograms, examplePrograms, type ExampleProgram } from '../../src/lib/example-programs.ts';
import { loadCodeFiles, loadComparisonFiles } from './content.ts';

export interface NamedProgram extends ExampleProgram {
  /** "<code> <role> (<framework>)" or "compare <slug> (<framework>)". */
  name: string;
}

export function allPrograms(): { programs: NamedProgram[]; pages: number; comparisons: number } {
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
  return { programs, pages: pages.length, comparisons: comparisons.length };
}
