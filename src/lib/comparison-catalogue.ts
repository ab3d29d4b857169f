/**
 * Checks on the comparison pages that no single file can make: the file name
 * matches the codes, every compared code has a page, no two pages compare the
 * same codes, and both example programs exist.
 *
 * Pure, like catalogue.ts: the build and the unit tests pass in the entries
 * and ways to ask what exists.
 */
import { comparisonSlug, type ComparisonData } from './comparison-schema.ts';
import { comparisonProgramFiles } from './example-programs.ts';

export interface ComparisonEntry {
  /** The file, relative to the project, e.g. "content/comparisons/401-vs-403.mdx". */
  file: string;
  data: ComparisonData;
  /** The MDX body, when known: checked for the sections every comparison must have. */
  body?: string | undefined;
}

/** The prose sections every comparison's MDX body must have, as `## ` headings in this order. */
export const requiredComparisonSections = ['How to tell them apart', 'Common mistakes'] as const;

/** Returns every problem found, one line each naming the file and the field; empty when all is well. */
export function findComparisonProblems(
  entries: readonly ComparisonEntry[],
  codeHasPage: (code: number) => boolean,
  exampleExists: (relativePath: string) => boolean,
): string[] {
  const problems: string[] = [];
  const fileByCodes = new Map<string, string>();
  for (const { file, data, body } of entries) {
    const slug = comparisonSlug(data);
    const baseName = file.split('/').pop()?.replace(/\.mdx?$/, '');
    if (baseName !== slug) {
      problems.push(`${file}: sides: compare ${data.sides.map((side) => side.code).join(', ')}, so the file must be named ${slug}.mdx`);
    }
    const codes = data.sides.map((side) => side.code).sort((a, b) => a - b).join(' ');
    const other = fileByCodes.get(codes);
    if (other) problems.push(`${file}: sides: ${other} already compares these codes`);
    else fileByCodes.set(codes, file);

    data.sides.forEach((side, index) => {
      if (!codeHasPage(side.code)) {
        problems.push(`${file}: sides.${index}.code: ${side.code} has no page (add content/codes/${side.code}.mdx or remove it)`);
      }
    });
    if (body !== undefined) {
      const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
      if (headings.join('|') !== requiredComparisonSections.join('|')) {
        problems.push(
          `${file}: body: must have exactly the sections ${requiredComparisonSections.map((s) => `"## ${s}"`).join(', ')} in that order (found ${headings.map((h) => `"## ${h}"`).join(', ') || 'none'})`,
        );
      }
    }
    for (const program of comparisonProgramFiles(baseName ?? slug)) {
      if (!exampleExists(program.file)) problems.push(`${file}: sides: content/examples/${program.file} is missing`);
    }
  }
  return problems;
}
