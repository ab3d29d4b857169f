/**
 * The named constants languages and frameworks define for status codes, from
 * `src/data/status-constants.json` (copied from each library's source; the
 * file records which version). A page lists only constants that really exist.
 */
import data from '../data/status-constants.json';

interface ConstantEntry {
  constant: string;
  aliases?: string[];
  phrase?: string;
  note?: string;
  deprecated?: boolean;
}

export interface CodeConstant {
  /** "Python" */
  language: string;
  /** "HTTPStatus.OK" */
  constant: string;
  /** Other names for the same code, e.g. older ones. */
  aliases: string[];
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
  rust: 'Rust (http)',
  symfony: 'PHP (Symfony)',
};

const constants = data.constants as Record<string, Record<string, ConstantEntry>>;
const sources = data.sources as Record<string, { name: string; source: string; docs: string }>;

/** The constants for `code`, one per language that defines one. */
export function constantsFor(code: number): CodeConstant[] {
  return Object.entries(languages).flatMap(([key, language]) => {
    const entry = constants[key]?.[String(code)];
    const source = sources[key];
    if (!entry || !source) return [];
    return [{ language, constant: entry.constant, aliases: entry.aliases ?? [], source: source.name, docs: source.docs }];
  });
}
