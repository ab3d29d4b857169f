/**
 * The site's prose as a reader sees it, sentence by sentence, with the links
 * in each sentence: from the MDX bodies, from every string of the
 * frontmatter, and from the guide. The accuracy tests read quotations and
 * citations from here.
 */
export interface ProseLink {
  url: string;
  /** The link's text, e.g. "RFC 9110 §15.5.20". */
  label: string;
  /** Where the link's text starts and ends in the sentence. */
  start: number;
  end: number;
}

export interface Sentence {
  /** Where it comes from: "content/codes/429.mdx:42" or "content/codes/429.mdx: notFor.0.when". */
  where: string;
  text: string;
  links: ProseLink[];
}

/** Stands in for a double quotation mark inside inline code, which is never a quotation. */
const codeQuote = '\u2033';

/** One block of Markdown (a paragraph, a list item, a table cell) as plain text with its links. */
function inlineToText(markdown: string): { text: string; links: ProseLink[] } {
  // Inline code: keep the words, drop the backticks, and neutralise quotation marks inside.
  let source = markdown.replace(/`([^`]*)`/g, (_, code: string) => code.replaceAll('"', codeQuote));
  // HTML tags (<kbd>, <br>) carry no words of their own.
  source = source.replace(/<\/?[a-z][^>]*>/gi, '');
  let text = '';
  const links: ProseLink[] = [];
  const pattern = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    text += source.slice(last, match.index);
    const label = match[1] ?? '';
    links.push({ url: match[2] ?? '', label: stripEmphasis(label), start: text.length, end: text.length + stripEmphasis(label).length });
    text += stripEmphasis(label);
    last = (match.index ?? 0) + match[0].length;
  }
  text += source.slice(last);
  // Emphasis markers go; positions of links before them shift, so strip them link by link above and here.
  const stripped = stripEmphasisKeepingLinks(text, links);
  return stripped;
}

function stripEmphasis(text: string): string {
  return text.replace(/\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w])_(?=\S)|(?<=\S)_(?![\w])/g, '');
}

/** Removes emphasis markers outside links and moves link positions to match. */
function stripEmphasisKeepingLinks(text: string, links: ProseLink[]): { text: string; links: ProseLink[] } {
  let result = '';
  const moved: ProseLink[] = [];
  let position = 0;
  for (const link of links) {
    result += stripEmphasis(text.slice(position, link.start));
    const start = result.length;
    result += text.slice(link.start, link.end);
    moved.push({ ...link, start, end: result.length });
    position = link.end;
  }
  result += stripEmphasis(text.slice(position));
  return { text: result.replace(/\s+/g, ' '), links: moved };
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a block into sentences, each keeping the links that fall inside it. */
function sentencesOfBlock(where: string, block: string): Sentence[] {
  const { text, links } = inlineToText(block);
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const end = index + segment.length;
    const inside = links.filter((link) => link.start >= index && link.start < end).map((link) => ({ ...link, start: link.start - index, end: link.end - index }));
    if (segment.trim()) sentences.push({ where, text: segment, links: inside });
  }
  return mergeAbbreviations(sentences);
}

/** Intl.Segmenter ends a sentence after "e.g." or "i.e.", and at a lone "." such as the one of ".NET"; join such pieces back. */
function mergeAbbreviations(sentences: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = merged.at(-1);
    if (previous && /\b(e\.g|i\.e|etc|cf|vs|§)\.\s*$|\(\s*$|\s\.$/.test(previous.text)) {
      const offset = previous.text.length;
      previous.text += sentence.text;
      previous.links.push(...sentence.links.map((link) => ({ ...link, start: link.start + offset, end: link.end + offset })));
    } else {
      merged.push({ ...sentence, links: [...sentence.links] });
    }
  }
  return merged;
}

/**
 * The sentences of an MDX body, each tagged with its file and line. Headings,
 * fenced code blocks and HTML comments are skipped; paragraphs, list items and
 * table cells are prose.
 */
export function mdxSentences(file: string, body: string, bodyLine: number): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = body.split('\n');
  let block: string[] = [];
  let blockLine = 0;
  let fenced = false;
  const flush = (): void => {
    if (block.length > 0) sentences.push(...sentencesOfBlock(`${file}:${blockLine}`, block.join(' ')));
    block = [];
  };
  lines.forEach((line, index) => {
    const lineNumber = bodyLine + index;
    if (/^\s*```/.test(line)) {
      flush();
      fenced = !fenced;
      return;
    }
    if (fenced || /^\s*<!--.*-->\s*$/.test(line)) return;
    if (/^#{1,6} /.test(line) || line.trim() === '') {
      flush();
      return;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) return; // the separator row
      for (const cell of line.split('|').slice(1, -1)) sentences.push(...sentencesOfBlock(`${file}:${lineNumber}`, cell.trim()));
      return;
    }
    if (/^\s*([-*+]|\d+\.)\s+/.test(line)) {
      flush();
      block = [line.replace(/^\s*([-*+]|\d+\.)\s+/, '')];
      blockLine = lineNumber;
      return;
    }
    if (block.length === 0) blockLine = lineNumber;
    block.push(line.trim());
  });
  flush();
  return sentences;
}

/** The sentences of every string in a frontmatter (or YAML) value, tagged with the field's path. */
export function dataSentences(file: string, value: unknown, path: string[] = []): Sentence[] {
  if (typeof value === 'string') {
    // Raw HTTP exchanges and URLs are not prose.
    if (path.at(-1) === 'url' || path[0] === 'exchange' || path.includes('request') || path.includes('headers') && path.at(-2) === 'headers') return [];
    return sentencesOfBlock(`${file}: ${path.join('.')}`, value);
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => dataSentences(file, item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => dataSentences(file, item, [...path, key]));
  return [];
}

/** The quotations of a sentence: text between double quotation marks, straight or curly, with where each ends. */
export function quotationsOf(sentence: Sentence): { text: string; start: number; end: number }[] | 'unbalanced' {
  const marks = [...sentence.text.matchAll(/["“”]/g)];
  if (marks.length % 2 === 1) return 'unbalanced';
  const quotes: { text: string; start: number; end: number }[] = [];
  for (let index = 0; index < marks.length; index += 2) {
    const open = marks[index]!.index ?? 0;
    const close = marks[index + 1]!.index ?? 0;
    quotes.push({ text: sentence.text.slice(open + 1, close), start: open, end: close + 1 });
  }
  return quotes;
}
