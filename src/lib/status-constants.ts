/**
 * The named constants languages and frameworks define for status codes, from
 * `src/data/status-constants.json` (copied from each library's source; the
 * file records which version). A page lists only constants that really exist.
 */
import data from '../data/status-constants.json';

interface ConstantEntry {
  constant: string;
  /** Other names for the same code; when `since` is set, the older names that came before it. */
  aliases?: string[];
  /** The first release with `constant`, e.g. "Python 3.13", where it is newer than the language's other names. */
  since?: string;
  /** Where the constant's name means something else than this site's page for the code, what it names. */
  note?: string;
}

export interface CodeConstant {
  /** "Python" */
  language: string;
  /** "HTTPStatus.OK" */
  constant: string;
  /** Other names for the same code, e.g. older ones. */
  aliases: string[];
  /** The first release that has `constant` (its `aliases` then work in older releases too), e.g. "Python 3.13". */
  since?: string;
  /** Where the name means something else than the page's code does: what it names. */
  note?: string;
  /** Where the names come from (library, version). */
  source: string;
  docs: string;
}

const languages: Record<string, string> = {
  python: 'Python',
  node: 'Node.js',
  go: 'Go',
  java: 'Java',
  dotnet: '.NET',
  aspnetcore: 'ASP.NET Core',
  rust: 'Rust (http)',
  symfony: 'PHP (Symfony)',
  django: 'Python (Django)',
};

const constants = data.constants as Record<string, Record<string, ConstantEntry>>;
const sources = data.sources as Record<string, { name: string; source: string; docs: string }>;

/** The languages and frameworks whose constants the site lists, by name: "Python", "Node.js", … */
export const constantLanguages: readonly string[] = Object.values(languages);

/** The constants for `code`, one per language that defines one. */
export function constantsFor(code: number): CodeConstant[] {
  return Object.entries(languages).flatMap(([key, language]) => {
    const entry = constants[key]?.[String(code)];
    const source = sources[key];
    if (!entry || !source) return [];
    return [
      {
        language,
        constant: entry.constant,
        aliases: entry.aliases ?? [],
        ...(entry.since ? { since: entry.since } : {}),
        ...(entry.note ? { note: entry.note } : {}),
        source: source.name,
        docs: source.docs,
      },
    ];
  });
}
