/**
 * Syntax highlighting options shared by every code block.
 *
 * Shiki's `css-variables` theme colours each token with
 * `style="color:var(--astro-code-token-keyword)"`. The transformer below turns
 * that into a one-letter class (`class="k"` for a keyword), so a page carries
 * a few bytes per token instead of an inline style, and
 * `src/components/code-blocks/code-block.css` chooses the light and dark
 * colours (each checked for 4.5:1 contrast).
 */
import type { ShikiTransformer } from 'shiki';

export const highlightTheme = 'css-variables';

/** The class of each kind of token Shiki's css-variables theme colours. */
export const tokenClasses = {
  keyword: 'k',
  string: 's',
  comment: 'c',
  constant: 'n',
  function: 'f',
  parameter: 'p',
  punctuation: 'u',
  'string-expression': 'x',
  link: 'l',
} as const;

const tokenColour = /^color:\s*var\(--astro-code-(?:token-)?([\w-]+)\)$/;

export const tokenClassTransformer: ShikiTransformer = {
  name: 'token-classes',
  pre(node) {
    delete node.properties['style'];
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    const kind = tokenColour.exec(style.trim().replace(/;$/, ''))?.[1];
    const className = kind && kind in tokenClasses ? tokenClasses[kind as keyof typeof tokenClasses] : undefined;
    if (className) this.addClassToHast(node, className);
    delete node.properties['style'];
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
