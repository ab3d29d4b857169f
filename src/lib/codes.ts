/**
 * Read access to the status code pages, with everything derived from their
 * frontmatter in one place: titles, classes and lookups by number.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { classOf, statusClasses, type StatusClass } from './status-class.ts';

export type CodeEntry = CollectionEntry<'codes'>;

/** All code pages, in numeric order. */
export async function getCodeEntries(): Promise<CodeEntry[]> {
  const entries = await getCollection('codes');
  return entries.sort((a, b) => a.data.code - b.data.code);
}

/** The page of one code. The content loader has already checked that every linked code has one. */
export async function getCodeEntry(code: number): Promise<CodeEntry> {
  const entry = (await getCodeEntries()).find((candidate) => candidate.data.code === code);
  if (!entry) {
    throw new Error(`No page for status code ${code}: add content/codes/${code}.mdx`);
  }
  return entry;
}

export { codeTitle } from './code-title.ts';

/** The code pages grouped by class, in class order; a class without pages is left out. */
export async function getCodesByClass(): Promise<{ statusClass: StatusClass; entries: CodeEntry[] }[]> {
  const entries = await getCodeEntries();
  return statusClasses
    .map((statusClass) => ({
      statusClass,
      entries: entries.filter((entry) => classOf(entry.data.code).id === statusClass.id),
    }))
    .filter((group) => group.entries.length > 0);
}

/** The code pages of one class, e.g. "4xx". */
export async function getCodesOfClass(classId: string): Promise<CodeEntry[]> {
  return (await getCodeEntries()).filter((entry) => classOf(entry.data.code).id === classId);
}
