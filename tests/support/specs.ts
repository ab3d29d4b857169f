/**
 * The sources the site cites, pinned in `tests/fixtures/specs/`, so the
 * accuracy tests run without the network:
 * - whole RFCs as published by the HTTP Working Group (`rfc9110.html` …), and
 * - for the rest (other RFCs, drafts, vendor documentation), the passages the
 *   site relies on, each with where and when it was read (`passages.yaml`).
 *
 * A link on the site (`https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20`)
 * resolves to a section here: its title and its text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { load } from 'js-yaml';

export const specsDirectory = join(import.meta.dirname, '../fixtures/specs');

export interface SourceSection {
  /** "RFC 9110", a draft's name, or a vendor page's URL. */
  document: string;
  /** "15.5.20", or "" for a whole vendor page. */
  section: string;
  /** The section's heading without its number, e.g. "421 Misdirected Request". */
  title: string;
  /** The section's heading and own text (without its subsections), whitespace collapsed. */
  text: string;
  /** The same text, one entry per paragraph (or pinned passage). */
  paragraphs: string[];
  /** `full` for a pinned copy of the whole document, `passages` for pinned excerpts. */
  pinned: 'full' | 'passages';
}

/** Collapses whitespace and unifies quotation marks, dashes and apostrophes, for comparing words. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[‐‑‒–]/g, '-')
    .trim();
}

/** "RFC 9110" from a link such as https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20, with the section. */
export function parseSourceUrl(url: string): { document: string; section: string } | undefined {
  const rfc = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)(?:\.html)?(?:#(?:section|appendix)-([A-Z0-9.]+))?$/.exec(url);
  if (rfc) return { document: `RFC ${rfc[1]}`, section: rfc[2] ?? '' };
  const draft = /^https:\/\/datatracker\.ietf\.org\/doc\/(?:html\/)?(draft-[a-z0-9-]+?)\/?(?:#section-([\d.]+))?$/.exec(url);
  if (draft) return { document: draft[1]!, section: draft[2] ?? '' };
  return undefined;
}

/** Elements after which a reader sees a break: their text is kept apart from the next element's. */
const blockElements = new Set(['LI', 'P', 'DD', 'DT', 'DIV', 'PRE', 'TR', 'TD', 'TH', 'BR', 'UL', 'OL', 'DL', 'ASIDE', 'TABLE', 'BLOCKQUOTE']);

/** An element's text as a reader sees it: list items and paragraphs separated by a space. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  const text = [...node.childNodes].map(textOf).join('');
  return blockElements.has((node as Element).tagName) ? ` ${text} ` : text;
}

const fullDocuments = new Map<string, ReturnType<typeof parseHTML>['document']>();

/** The pinned whole documents, by name ("RFC 9110"). */
export function pinnedDocuments(): string[] {
  return readdirSync(specsDirectory)
    .filter((name) => /^rfc\d+\.html$/.test(name))
    .map((name) => `RFC ${name.slice(3, -5)}`);
}

function fullDocument(document: string): ReturnType<typeof parseHTML>['document'] | undefined {
  const number = /^RFC (\d+)$/.exec(document)?.[1];
  if (!number || !pinnedDocuments().includes(document)) return undefined;
  let parsed = fullDocuments.get(document);
  if (!parsed) {
    parsed = parseHTML(readFileSync(join(specsDirectory, `rfc${number}.html`), 'utf8')).document;
    fullDocuments.set(document, parsed);
  }
  return parsed;
}

interface PassageSection {
  title: string;
  passages: string[];
}

interface PassageSource {
  /** Where the passages were read: a repository and commit, or a page, and the date. */
  read: string;
  url: string;
  title?: string;
  sections?: Record<string, PassageSection>;
  passages?: string[];
}

let passageSources: Record<string, PassageSource> | undefined;

/**
 * `passages/*.yaml`: documents (by name) and vendor pages (by URL), with the
 * passages the site relies on. Files are merged; a document may appear in
 * several, each adding sections (or passages to a section).
 */
export function pinnedPassages(): Record<string, PassageSource> {
  if (passageSources) return passageSources;
  const merged: Record<string, PassageSource> = {};
  const directory = join(specsDirectory, 'passages');
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.yaml')).sort()) {
    const sources = (load(readFileSync(join(directory, name), 'utf8')) ?? {}) as Record<string, PassageSource>;
    for (const [key, source] of Object.entries(sources)) {
      const into = merged[key];
      if (!into) {
        merged[key] = { ...source, sections: { ...(source.sections ?? {}) }, passages: [...(source.passages ?? [])] };
        continue;
      }
      into.passages = [...(into.passages ?? []), ...(source.passages ?? [])];
      for (const [number, part] of Object.entries(source.sections ?? {})) {
        const existing = into.sections?.[number];
        (into.sections ??= {})[number] = existing ? { title: existing.title, passages: [...existing.passages, ...part.passages] } : part;
      }
    }
  }
  passageSources = merged;
  return merged;
}

/** A section of a pinned document, or of a document or vendor page with pinned passages. */
export function sourceSection(document: string, section: string): SourceSection | undefined {
  const full = fullDocument(document);
  if (full) {
    const heading = full.getElementById(`rfc.section.${section}`);
    if (!heading || !/^H[1-6]$/.test(heading.tagName)) return undefined;
    const container = heading.parentNode as unknown as Element;
    const own = [...container.children].filter((child) => child.tagName !== 'SECTION');
    const title = normaliseText(heading.textContent ?? '').replace(/^(Appendix )?[A-Z0-9.]+\.?\s+/, '');
    const paragraphs = own.slice(1).map((child) => normaliseText(textOf(child))).filter(Boolean);
    return { document, section, title, text: [normaliseText(heading.textContent ?? ''), ...paragraphs].join(' '), paragraphs, pinned: 'full' };
  }
  const pinned = pinnedPassages()[document];
  if (!pinned) return undefined;
  if (!section) {
    if (!pinned.passages?.length) return undefined;
    const paragraphs = pinned.passages.map(normaliseText);
    return { document, section, title: pinned.title ?? document, text: paragraphs.join(' '), paragraphs, pinned: 'passages' };
  }
  const part = pinned.sections?.[section];
  if (!part) return undefined;
  const paragraphs = part.passages.map(normaliseText);
  return { document, section, title: part.title, text: [`${section}. ${part.title}`, ...paragraphs].join(' '), paragraphs, pinned: 'passages' };
}

/** The section a link on the site points to, whether to an RFC, a draft or a pinned vendor page. */
export function sectionOfUrl(url: string): SourceSection | undefined {
  const parsed = parseSourceUrl(url);
  if (parsed) return sourceSection(parsed.document, parsed.section);
  return sourceSection(url.replace(/#.*$/, ''), '');
}

/** Whether a link points at a source the site must have pinned: an RFC or draft, or a vendor page listed in passages.yaml. */
export function isSourceUrl(url: string): boolean {
  return parseSourceUrl(url) !== undefined || pinnedPassages()[url.replace(/#.*$/, '')] !== undefined;
}

/**
 * Whether `quotation` is the source's exact words: equal after collapsing
 * whitespace and unifying quotation marks, except that its first letter's
 * case may differ. "…" marks an omission: the parts must appear in order.
 */
export function quotationAppearsIn(quotation: string, text: string): boolean {
  const parts = normaliseText(quotation)
    .split(/\s*(?:…|\.\.\.|\[…\])\s*/)
    .filter(Boolean);
  let from = 0;
  for (const [index, part] of parts.entries()) {
    const candidates = index === 0 ? [part, part.charAt(0).toUpperCase() + part.slice(1), part.charAt(0).toLowerCase() + part.slice(1)] : [part];
    const found = candidates.map((candidate) => text.indexOf(candidate, from)).filter((position) => position >= 0);
    if (found.length === 0) return false;
    from = Math.min(...found) + part.length;
  }
  return parts.length > 0;
}

/**
 * The statements of a section, for checks that want a header and a keyword in
 * one statement: its sentences, where a sentence that ends with ":" runs on
 * into the list that follows it.
 */
export function sentencesOf(section: SourceSection): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences = section.paragraphs.flatMap((paragraph) => [...segmenter.segment(paragraph)].map((part) => part.segment.trim()).filter(Boolean));
  return sentences.map((sentence, index) => (sentence.endsWith(':') && sentences[index + 1] ? `${sentence} ${sentences[index + 1]}` : sentence));
}
