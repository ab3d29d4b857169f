/**
 * Highlighted HTML for a block of code, cached. Highlighting is most of the
 * time a code page takes to build (several milliseconds per program), and the
 * same program, curl line or exchange appears on more than one page and in
 * every rebuild. Results are kept in memory for the build and on disk in
 * node_modules/.cache/http-status-highlight/, keyed by a hash of the code, the
 * language, the highlighted lines and the highlighting setup
 * (src/lib/highlight.ts and Shiki's version), so editing one page re-highlights
 * only its own programs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCssVariablesTheme, createHighlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { lineHighlightTransformer, tokenClassTransformer } from './highlight.ts';

export type CodeLanguage = 'javascript' | 'python' | 'shellscript' | 'http';

const cacheDirectory = join(process.cwd(), 'node_modules/.cache/http-status-highlight');

/** A hash of the highlighting setup; empty (no disk cache) when its sources cannot be read. */
const setupVersion = ((): string => {
  try {
    return createHash('sha256')
      .update(readFileSync(join(process.cwd(), 'src/lib/highlight.ts')))
      .update(readFileSync(join(process.cwd(), 'src/lib/highlighted.ts')))
      .update(JSON.parse(readFileSync(join(process.cwd(), 'node_modules/shiki/package.json'), 'utf8')).version)
      .digest('hex');
  } catch {
    return '';
  }
})();

const theme = createCssVariablesTheme({ name: 'css-variables', variablePrefix: '--astro-code-' });
let highlighter: ReturnType<typeof createHighlighter> | undefined;
const memory = new Map<string, string>();

/** What Astro's <Code> adds: the language on <pre>, for styles and tests. */
const languageAttribute = (lang: CodeLanguage): ShikiTransformer => ({
  name: 'data-language',
  pre(node) {
    node.properties['dataLanguage'] = lang;
  },
});

export async function highlightedHtml(code: string, lang: CodeLanguage, highlight: readonly number[] = []): Promise<string> {
  const key = createHash('sha256').update(`${setupVersion}\0${lang}\0${highlight.join(',')}\0${code}`).digest('hex').slice(0, 32);
  const remembered = memory.get(key);
  if (remembered !== undefined) return remembered;
  const file = join(cacheDirectory, `${key}.html`);
  let html: string | undefined;
  if (setupVersion) {
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      html = undefined;
    }
  }
  if (html === undefined) {
    // The JavaScript regex engine: no WebAssembly to load, about a quarter
    // faster here, and the same HTML as Oniguruma for every program we show.
    highlighter ??= createHighlighter({ themes: [theme], langs: ['javascript', 'python', 'shellscript', 'http'], engine: createJavaScriptRegexEngine() });
    const transformers = [languageAttribute(lang), tokenClassTransformer, ...(highlight.length > 0 ? [lineHighlightTransformer(highlight)] : [])];
    html = (await highlighter).codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), { lang, theme: 'css-variables', transformers });
    if (setupVersion) {
      mkdirSync(cacheDirectory, { recursive: true });
      writeFileSync(file, html);
    }
  }
  memory.set(key, html);
  return html;
}
