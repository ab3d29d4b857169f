/**
 * Every claim the site attributes to a specification, checked against the
 * pinned copy of that specification (tests/fixtures/specs/):
 * - every quotation is the source's words, in the section it cites;
 * - every link to a section reaches a pinned section, its text names the
 *   section the link goes to, and the section is about what the sentence is about;
 * - every header requirement (MUST, SHOULD, MAY) is stated in its cited section;
 * - every code's storability follows RFC 9110, RFC 6585 and RFC 9111;
 * - every cited statement of "At a glance" is in its section.
 * Each failure names the file and field (or line) and the sentence.
 */
import { describe, expect, test } from 'vitest';
import { bodyStatement, redirectStatements, retryStatement, type Statement } from '../../src/lib/fact-statements.ts';
import { specLabel, specUrl, type SourceRef } from '../../src/lib/spec-links.ts';
import { statusClasses } from '../../src/lib/status-class.ts';
import { methodStorage, mustNotBeStoredQuote, storageStatement } from '../../src/lib/storage.ts';
import { httpMethods, type Storage } from '../../src/lib/code-schema.ts';
import { loadCodeFiles, loadComparisonFiles, loadGuide } from '../support/content.ts';
import { dataSentences, mdxSentences, quotationsOf, type Sentence } from '../support/prose.ts';
import { isSourceUrl, parseSourceUrl, quotationAppearsIn, sectionOfUrl, sentencesOf, sourceSection, type SourceSection } from '../support/specs.ts';

const pages = loadCodeFiles();
const comparisons = loadComparisonFiles();
const guide = loadGuide();

/** Every sentence of the site's content, with the codes its page is about (a sentence on 421's page may say "it"). */
const corpus: { sentence: Sentence; ownCodes: number[] }[] = [
  ...pages.flatMap(({ file, data, body, bodyLine }) => {
    const { exchange: _exchange, example: _example, ...prose } = data;
    return [...mdxSentences(file, body, bodyLine), ...dataSentences(file, prose)].map((sentence) => ({ sentence, ownCodes: [data.code] }));
  }),
  ...comparisons.flatMap(({ file, data, body, bodyLine }) => {
    const codes = data.sides.map((side) => side.code);
    return [...mdxSentences(file, body, bodyLine), ...dataSentences(file, data)].map((sentence) => ({ sentence, ownCodes: codes }));
  }),
  ...Object.entries(guide).flatMap(([id, step]) =>
    step.answers.flatMap((answer, index) =>
      dataSentences('content/guide.yaml', answer, [id, 'answers', String(index)]).map((sentence) => ({ sentence, ownCodes: 'code' in answer ? [answer.code] : [] })),
    ),
  ),
  ...statusClasses.flatMap((statusClass) =>
    dataSentences('src/lib/status-class.ts', statusClass, [statusClass.id]).map((sentence) => ({ sentence, ownCodes: [] })),
  ),
];

/** Words that say nothing about a section's topic. */
const stopWords = new Set(['with', 'from', 'that', 'this', 'into', 'upon', 'other', 'such', 'than', 'what', 'when', 'which', 'does', 'have', 'been', 'will', 'they', 'them', 'their', 'there', 'only', 'also', 'must', 'should', 'more', 'most', 'some', 'each', 'same', 'here', 'these', 'those', 'about', 'field', 'fields', 'header', 'status', 'code', 'codes', 'http', 'response', 'responses', 'request', 'requests', 'using', 'considerations', 'general', 'semantics']);

/** The words of a text that carry meaning: four letters or more, lower case, trimmed to a stem of five letters. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((word) => word.length >= 4 && !stopWords.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

/**
 * Why a link to `section` does not fit its sentence, or undefined when it
 * does. A section that defines a status code fits a sentence that names the
 * code (or sits on that code's page); any other section fits a sentence that
 * shares a word with its title, or two with its text.
 */
function topicProblem(section: SourceSection, sentence: string, ownCodes: number[]): string | undefined {
  const lower = sentence.toLowerCase();
  const codeTitle = /^(\d{3}) (.+)$/.exec(section.title);
  if (codeTitle) {
    const code = Number(codeTitle[1]);
    const reason = codeTitle[2]!.replace(/[()]/g, '').toLowerCase();
    if (lower.includes(String(code)) || lower.includes(reason) || ownCodes.includes(code)) return undefined;
    return `the section is about ${section.title}, which the sentence does not name`;
  }
  // A vendor page about one code ("Error 520: web server returns an unknown error") fits that code's page.
  const vendorCode = section.pinned === 'passages' && !section.section ? /\b([1-5]\d\d)\b/.exec(section.title)?.[1] : undefined;
  if (vendorCode && (ownCodes.includes(Number(vendorCode)) || lower.includes(vendorCode))) return undefined;
  const said = contentWords(sentence);
  const titleWords = [...contentWords(section.title)];
  if (titleWords.some((word) => said.has(word)) || section.title.split(/\s+/).some((word) => word.length >= 3 && /^[A-Z]/.test(word) && sentence.includes(word))) return undefined;
  const shared = [...contentWords(section.text)].filter((word) => said.has(word));
  if (shared.length >= 2) return undefined;
  return `the section is "${section.title}", and the sentence shares ${shared.length ? `only "${shared[0]}"` : 'no word'} with it`;
}

describe('citations and quotations in the prose', () => {
  test('every link to a section of a specification reaches a pinned section, matches its text and fits its sentence', () => {
    const problems: string[] = [];
    for (const { sentence, ownCodes } of corpus) {
      for (const link of sentence.links) {
        if (!isSourceUrl(link.url) && !/rfc-editor\.org|datatracker\.ietf\.org/.test(link.url)) continue;
        const parsed = parseSourceUrl(link.url);
        const where = `${sentence.where}: "${sentence.text.trim()}": link to ${link.url}`;
        if (!parsed) {
          // A vendor page pinned in passages/*.yaml: it must fit the sentence like a section does.
          const page = sectionOfUrl(link.url);
          const topic = page && topicProblem(page, sentence.text, ownCodes);
          if (!page) problems.push(`${where}: not an RFC or draft section, and not a pinned vendor page`);
          else if (topic) problems.push(`${where}: ${topic}`);
          continue;
        }
        const labelDocument = /RFC ?(\d+)/.exec(link.label)?.[1];
        const labelSection = /§\s?([A-Z0-9.]+[0-9A-Z])/.exec(link.label)?.[1];
        if (labelDocument && `RFC ${labelDocument}` !== parsed.document) problems.push(`${where}: the text says RFC ${labelDocument}, the link goes to ${parsed.document}`);
        if (labelSection && labelSection !== parsed.section) problems.push(`${where}: the text says §${labelSection}, the link goes to §${parsed.section || '(none)'}`);
        if (!parsed.section) continue; // a whole document, cited as such
        const section = sectionOfUrl(link.url);
        if (!section) {
          problems.push(`${where}: ${parsed.document} §${parsed.section} is not pinned (add it to tests/fixtures/specs/passages.yaml with its title and the passages the site relies on)`);
          continue;
        }
        const topic = topicProblem(section, sentence.text, ownCodes);
        if (topic) problems.push(`${where}: ${topic}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every quotation is its source’s exact words, in the section it cites', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { sentence } of corpus) {
      const sources = sentence.links.filter((link) => isSourceUrl(link.url));
      const quotes = quotationsOf(sentence);
      const where = `${sentence.where}: "${sentence.text.trim()}"`;
      if (quotes === 'unbalanced') {
        if (sources.length > 0) problems.push(`${where}: unbalanced quotation marks (use single quotes inside a quotation)`);
        continue;
      }
      for (const quote of quotes) {
        // The citation right after the quotation, as in `"…" (RFC 9110 §15.5.20)`; else the nearest before it, as in
        // `RFC 9110 §15.5.8 describes it as "…"`; else the next one after it.
        const link =
          sources.find((candidate) => candidate.start >= quote.end && candidate.start - quote.end <= 3) ??
          sources.filter((candidate) => candidate.end <= quote.start).at(-1) ??
          sources.find((candidate) => candidate.start >= quote.end);
        if (!link) {
          if (/\bRFC \d+|§\s?\d/.test(sentence.text)) problems.push(`${where}: the quotation "${quote.text}" names its source in words only; link the section it is from`);
          continue;
        }
        const section = sectionOfUrl(link.url);
        if (!section || !parseSourceUrl(link.url)?.section && !section.section && section.pinned === 'full') {
          problems.push(`${where}: the quotation "${quote.text}" cites ${link.url}, which is not a pinned section`);
          continue;
        }
        checked += 1;
        if (!quotationAppearsIn(quote.text, section.text)) {
          problems.push(`${where}: "${quote.text}" is not in ${section.document}${section.section ? ` §${section.section}` : ''} ("${section.title}")`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });
});

/** Other words the specifications use for a header in their requirements: §15.3.1 asks for "a strong entity tag". */
const specWordsFor: Record<string, string[]> = { etag: ['entity tag'] };

describe('facts', () => {
  test('every MUST, SHOULD and MAY of a header is stated, with the header, in the section it cites', () => {
    const problems: string[] = [];
    for (const { file, data } of pages) {
      data.facts.headers.forEach((header, index) => {
        if (!header.source) return;
        const where = `${file}: facts.headers.${index}.source`;
        const section = sourceSection(header.source.document, header.source.section);
        if (!section) {
          problems.push(`${where}: ${specLabel(header.source)} is not pinned (add its passage to tests/fixtures/specs/passages.yaml)`);
          return;
        }
        const name = header.name.toLowerCase();
        if (header.requirement === 'implied') {
          if (!section.text.toLowerCase().includes(name)) problems.push(`${where}: ${specLabel(header.source)} does not mention ${header.name}`);
          return;
        }
        const keyword = new RegExp(`\\b${header.requirement.toUpperCase()}\\b(?! NOT)`);
        const words = [name, ...(specWordsFor[name] ?? [])];
        if (!sentencesOf(section).some((sentence) => keyword.test(sentence) && words.some((word) => sentence.toLowerCase().includes(word)))) {
          problems.push(`${where}: no sentence of ${specLabel(header.source)} ("${section.title}") says ${header.requirement.toUpperCase()} about ${header.name}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  /** The storability each code must have, derived from the pinned specifications. */
  function expectedStorage(code: number, spec: SourceRef | undefined, unofficial: boolean, claimed: Storage): Storage | Storage[] {
    if (code < 200) return 'interim'; // RFC 9111 §3: only a final response is stored
    if (code === 304) return 'validation'; // RFC 9111 §4.3.4: a 304 freshens the stored response
    if (unofficial) return ['explicit', 'not-sent'].includes(claimed) ? claimed : ['explicit', 'not-sent'];
    const own = spec && sourceSection(spec.document, spec.section);
    if (own?.text.includes(mustNotBeStoredQuote(code))) return 'never'; // RFC 6585 §3–§6
    if (own && /\b(is heuristically cacheable|is cacheable by default)\b/.test(own.text)) return 'heuristic';
    return 'explicit';
  }

  test('RFC 9110 §15.1 lists the heuristically cacheable codes its own sections define', () => {
    const list = /defined as heuristically cacheable \(e\.g\., ([\d, and]+) in this specification\)/.exec(sourceSection('RFC 9110', '15.1')?.text ?? '')?.[1];
    const listed = (list ?? '').match(/\d{3}/g)?.map(Number) ?? [];
    const fromSections = pages
      .filter(({ data }) => data.spec?.document === 'RFC 9110' && expectedStorage(data.code, data.spec, false, data.facts.storage) === 'heuristic')
      .map(({ data }) => data.code);
    expect(fromSections).toEqual(listed);
  });

  test('every code’s storability agrees with RFC 9110 §15.1, RFC 6585 and RFC 9111 §3', () => {
    const problems = pages.flatMap(({ file, data }) => {
      const expected = expectedStorage(data.code, data.spec, Boolean(data.unofficial), data.facts.storage);
      const ok = Array.isArray(expected) ? expected.includes(data.facts.storage) : expected === data.facts.storage;
      return ok ? [] : [`${file}: facts.storage: is "${data.facts.storage}", the specifications say "${String(expected)}"`];
    });
    expect(problems).toEqual([]);
  });

  test('every cited statement of "At a glance" is in the section it cites', () => {
    const problems: string[] = [];
    for (const { file, data } of pages) {
      const storage = storageStatement(data);
      const statements: Statement[] = [
        bodyStatement(data),
        retryStatement(data),
        ...(redirectStatements(data) ?? []),
        ...(storage.source ? [{ text: `${storage.answer}: ${storage.quote ?? storage.detail}`, source: storage.source, evidence: storage.evidence ?? '' }] : []),
      ];
      for (const statement of statements) {
        if (!statement.source) continue;
        const section = sourceSection(statement.source.document, statement.source.section);
        if (!section) problems.push(`${file}: "${statement.text}" cites ${specLabel(statement.source)}, which is not pinned`);
        else if (!statement.evidence) problems.push(`${file}: "${statement.text}" cites ${specLabel(statement.source)} without the words it relies on`);
        else if (!quotationAppearsIn(statement.evidence, section.text)) problems.push(`${file}: "${statement.text}": ${specLabel(statement.source)} does not say "${statement.evidence}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('what a comparison says of storing the answer to each method is in the section it cites', () => {
    const problems = httpMethods.flatMap((method) => {
      const statement = methodStorage(method);
      if (!statement?.source) return method === 'GET' || method === 'HEAD' ? [] : [`${method}: says nothing of storing its answer`];
      const section = sourceSection(statement.source.document, statement.source.section);
      return section && quotationAppearsIn(statement.evidence ?? '', section.text) ? [] : [`${method}: ${specLabel(statement.source)} does not say "${statement.evidence}"`];
    });
    expect(problems).toEqual([]);
  });

  test('every page cites its defining section by a link that reaches it, titled with the code', () => {
    const problems = pages.flatMap(({ file, data }) => {
      if (!data.spec) return [];
      const problems: string[] = [];
      if (data.spec.url !== specUrl(data.spec) && !data.spec.document.startsWith('draft-')) problems.push(`${file}: spec.url: is ${data.spec.url}, expected ${specUrl(data.spec)}`);
      const section = sourceSection(data.spec.document, data.spec.section);
      if (!section) problems.push(`${file}: spec: ${specLabel(data.spec)} is not pinned`);
      else if (!section.title.startsWith(String(data.code)) && !section.text.includes(`${data.code} (${data.reason})`) && !section.text.includes(`${data.code} ${data.reason}`)) {
        problems.push(`${file}: spec: ${specLabel(data.spec)} is "${section.title}", not the definition of ${data.code} ${data.reason}`);
      }
      return problems;
    });
    expect(problems).toEqual([]);
  });
});

test('the reasons pages give for unofficial codes are each vendor’s own (see coverage.test.ts for registered codes)', () => {
  // An unofficial code's reason phrase must appear, word for word (case aside), in its vendor's pinned page.
  const problems = pages.flatMap(({ file, data }) => {
    if (!data.unofficial?.url) return [];
    const section = sectionOfUrl(data.unofficial.url);
    if (!section) return [`${file}: unofficial.url: ${data.unofficial.url} is not pinned in tests/fixtures/specs/passages.yaml`];
    return section.text.toLowerCase().includes(data.reason.toLowerCase()) ? [] : [`${file}: reason: "${data.reason}" is not in ${data.unofficial.url} ("${section.title}")`];
  });
  expect(problems).toEqual([]);
});
