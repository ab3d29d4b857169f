/**
 * Checks that hold across entries, which a per-file schema cannot see:
 * the file name equals the code, no code has two files, every linked code has
 * a page, and every example file a page shows exists.
 *
 * Pure: the caller passes the entries and a way to ask whether a file exists,
 * so the same rules run in the build and in unit tests.
 */
import type { CodeData } from './code-schema.ts';
import { clientPrograms } from './client-programs.ts';
import { examplePrograms } from './example-programs.ts';

export interface CatalogueEntry {
  /** The file, relative to the project, e.g. "content/codes/200.mdx". */
  file: string;
  data: CodeData;
  /** The MDX body, when known: checked for the sections every page must have. */
  body?: string | undefined;
}

/** The prose sections every page's MDX body must have, as `## ` headings in this order. */
export const requiredBodySections = ['What it means', 'Common causes', 'How to fix'] as const;

/** Returns every problem found, one line each naming the file and the field; empty when all is well. */
export function findCatalogueProblems(
  entries: readonly CatalogueEntry[],
  exampleExists: (relativePath: string) => boolean,
): string[] {
  const problems: string[] = [];
  const fileByCode = new Map<number, string>();

  for (const { file, data } of entries) {
    const baseName = file.split('/').pop()?.replace(/\.mdx?$/, '');
    if (baseName !== String(data.code)) {
      problems.push(`${file}: code: is ${data.code}, but the file is named ${baseName}; name it ${data.code}.mdx`);
    }
    const other = fileByCode.get(data.code);
    if (other) {
      problems.push(`${file}: code: ${data.code} is already described by ${other}`);
    } else {
      fileByCode.set(data.code, file);
    }
  }

  for (const { file, data, body } of entries) {
    if (body !== undefined) {
      const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
      const found = requiredBodySections.filter((section) => headings.includes(section));
      if (found.length !== requiredBodySections.length || headings.join('|') !== requiredBodySections.join('|')) {
        problems.push(
          `${file}: body: must have exactly the sections ${requiredBodySections.map((s) => `"## ${s}"`).join(', ')} in that order (found ${headings.map((h) => `"## ${h}"`).join(', ') || 'none'})`,
        );
      }
    }
    const linked: [string, number][] = [
      ...data.related.map((code, index): [string, number] => [`related.${index}`, code]),
      ...data.notFor.map(({ code }, index): [string, number] => [`notFor.${index}.code`, code]),
    ];
    for (const [field, code] of linked) {
      if (!fileByCode.has(code)) {
        problems.push(`${file}: ${field}: ${code} has no page (add content/codes/${code}.mdx or remove it)`);
      }
    }
    for (const program of examplePrograms(data)) {
      if (!exampleExists(program.file)) {
        problems.push(`${file}: ${program.role === 'example' ? 'example' : 'practice'}: content/examples/${program.file} is missing`);
      }
    }
    for (const program of clientPrograms(data)) {
      if (!exampleExists(program.file)) problems.push(`${file}: client: content/examples/${program.file} is missing`);
    }
  }
  return problems;
}
