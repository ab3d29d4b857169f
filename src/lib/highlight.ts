/**
 * Syntax highlighting options shared by every code block.
 *
 * Shiki's `css-variables` theme colours each token with
 * `style="color:var(--astro-code-token-keyword)"`. The transformer below turns
 * that into `class="tk-keyword"`, so a page carries short class names instead
 * of an inline style per token, and `src/styles/code.css` chooses the light
 * and dark colours (each checked for 4.5:1 contrast).
 */
import type { ShikiTransformer } from 'shiki';

export const highlightTheme = 'css-variables';

const tokenColour = /^color:\s*var\(--astro-code-(?:token-)?([\w-]+)\)$/;

export const tokenClassTransformer: ShikiTransformer = {
  name: 'token-classes',
  pre(node) {
    delete node.properties['style'];
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    const match = tokenColour.exec(style.trim().replace(/;$/, ''));
    if (match?.[1] && match[1] !== 'foreground') {
      this.addClassToHast(node, `tk-${match[1]}`);
    }
    delete node.properties['style'];
  },
};
