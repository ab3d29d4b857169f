/**
 * Syntax highlighting options shared by every code block.
 *
 * Shiki's `css-variables` theme colours each token with
 * `style="color:var(--astro-code-token-keyword)"`. The transformer below turns
 * that into a one-letter class (`class="k"` for a keyword), so a page carries
 * a few bytes per token instead of an inline style, and
 * `src/components/code-blocks/code-block.css` chooses the light and dark
 * colours (each checked for 4.5:1 contrast).
 *
 * The highlighting is quiet: keywords, strings, comments and literal values
 * are coloured; names, operators and punctuation keep the text colour, so
 * their spans are dropped, and so are the per-line spans except on the
 * lines marked with `lineHighlightTransformer`. A code page stays within its
 * 14 KB budget with four to eight programs on it.
 */
import type { ShikiTransformer } from 'shiki';

export const highlightTheme = 'css-variables';

/** The class of each kind of token that keeps a colour of its own. */
export const tokenClasses = {
  keyword: 'k',
  string: 's',
  comment: 'c',
  constant: 'n',
  'string-expression': 'x',
  link: 'l',
} as const;

type Kind = keyof typeof tokenClasses;

const tokenColour = /^color:\s*var\(--astro-code-(?:token-)?([\w-]+)\)$/;

/** Constants that are literal values (numbers, booleans, null) rather than names. */
const literal = /^\s*(-?[\d.]+(e\d+)?|0x[\da-f]+|true|false|null|undefined|None|True|False|NaN)\s*$/i;

/** The class a token keeps, or undefined when it is shown in the text colour. */
function classOf(kind: string, text: string): string | undefined {
  if (!(kind in tokenClasses)) return undefined;
  if (kind === 'keyword' && !/[a-z]/i.test(text)) return undefined; // operators: =, =>, +=, ${
  if (kind === 'constant' && !literal.test(text)) return undefined; // names such as `app`, `LIMIT`
  return tokenClasses[kind as Kind];
}

type HastNode = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** Replaces class-less spans by their text and joins neighbouring text. */
function flatten(nodes: HastNode[]): HastNode[] {
  const out: HastNode[] = [];
  for (const node of nodes) {
    const plain = node.type === 'element' && node.tagName === 'span' && !node.properties?.['class'];
    for (const piece of plain ? flatten(node.children ?? []) : [node]) {
      const last = out.at(-1);
      if (piece.type === 'text' && last?.type === 'text') last.value = `${last.value ?? ''}${piece.value ?? ''}`;
      else out.push(piece.type === 'text' ? { ...piece } : piece);
    }
  }
  return out;
}

export const tokenClassTransformer: ShikiTransformer = {
  name: 'token-classes',
  pre(node) {
    delete node.properties['style'];
    delete node.properties['class']; // "astro-code css-variables": nothing styles them
  },
  span(node) {
    const style = node.properties['style'];
    delete node.properties['style'];
    if (typeof style !== 'string') return;
    const kind = tokenColour.exec(style.trim().replace(/;$/, ''))?.[1];
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const className = kind ? classOf(kind, text) : undefined;
    if (className) this.addClassToHast(node, className);
  },
  code(node) {
    const lines = (node.children as HastNode[]).flatMap((child) => {
      if (child.type !== 'element' || child.tagName !== 'span') return [child];
      const classes = child.properties?.['class'];
      const marked = Array.isArray(classes) ? classes.includes('hl') : typeof classes === 'string' && classes.split(' ').includes('hl');
      const content = flatten(child.children ?? []);
      return marked ? [{ ...child, properties: { class: 'hl' }, children: content }] : content;
    });
    node.children = flatten(lines) as typeof node.children;
  },
};

/** Marks the given 1-based lines with the class `hl` (styled in code-block.css). */
export function lineHighlightTransformer(lines: readonly number[]): ShikiTransformer {
  const marked = new Set(lines);
  return {
    name: 'line-highlight',
    line(node, line) {
      if (marked.has(line)) this.addClassToHast(node, 'hl');
    },
  };
}
