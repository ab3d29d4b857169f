/**
 * Read access to the status code pages, with everything derived from their
 * frontmatter in one place: titles, classes and lookups by number.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { classOf, statusClasses, type StatusClass } from './status-class.ts';

export type CodeEntry = CollectionEntry<'codes'>;

/**
 * The code pages read once per build. getCollection copies every entry on
 * each call, and every page asks several times (neighbours, class, related
 * codes), which made a build quadratic in the number of pages. `astro dev`
 * reads afresh so that edits show. Callers must not modify what they get.
 */
interface CodeIndex {
  entries: CodeEntry[];
  byCode: Map<number, CodeEntry>;
  byClass: Map<string, CodeEntry[]>;
}
let codesOnce: Promise<CodeIndex> | undefined;

function readCodes(): Promise<CodeIndex> {
  if (codesOnce && !import.meta.env.DEV) return codesOnce;
  codesOnce = getCollection('codes').then((entries) => {
    const sorted = entries.sort((a, b) => a.data.code - b.data.code);
    const byClass = new Map<string, CodeEntry[]>();
    for (const entry of sorted) {
      const id = classOf(entry.data.code).id;
      const group = byClass.get(id);
      if (group) group.push(entry);
      else byClass.set(id, [entry]);
    }
    return { entries: sorted, byCode: new Map(sorted.map((entry) => [entry.data.code, entry])), byClass };
  });
  return codesOnce;
}

/** All code pages, in numeric order. */
export async function getCodeEntries(): Promise<CodeEntry[]> {
  return (await readCodes()).entries;
}

/** The page of one code. The content loader has already checked that every linked code has one. */
export async function getCodeEntry(code: number): Promise<CodeEntry> {
  const entry = (await readCodes()).byCode.get(code);
  if (!entry) {
    throw new Error(`No page for status code ${code}: add content/codes/${code}.mdx`);
  }
  return entry;
}

export { codeTitle, statusLine } from './code-title.ts';

/** The code pages grouped by class, in class order; a class without pages is left out. */
export async function getCodesByClass(): Promise<{ statusClass: StatusClass; entries: CodeEntry[] }[]> {
  const { byClass } = await readCodes();
  return statusClasses.flatMap((statusClass) => {
    const entries = byClass.get(statusClass.id) ?? [];
    return entries.length > 0 ? [{ statusClass, entries }] : [];
  });
}

/** The code pages of one class, e.g. "4xx". */
export async function getCodesOfClass(classId: string): Promise<CodeEntry[]> {
  return (await readCodes()).byClass.get(classId) ?? [];
}
