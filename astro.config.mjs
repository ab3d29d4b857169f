// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import socialCards from './src/integrations/social-cards.ts';
import staticHost from './src/integrations/static-host.ts';
import { highlightTheme, tokenClassTransformer } from './src/lib/highlight.ts';

// The public URL and the base path come from the environment, so the same
// build works at a domain root or under a sub-path (e.g. a GitHub Pages project site).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  scopedStyleStrategy: 'class',
  build: {
    format: 'directory',
    // One round trip: the stylesheet travels inside the HTML.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Fenced code blocks in the MDX bodies look like the example programs.
    shikiConfig: { theme: highlightTheme, transformers: [tokenClassTransformer] },
  },
  integrations: [mdx(), sitemap(), socialCards(), staticHost(), pagefindIndex()],
  vite: {
    build: {
      // Scripts are files of their own, never inlined: they are cached across
      // pages and do not count against each page's one-round-trip HTML budget.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with the directive "use astro:head-inject",
        // which the bundler warns it cannot keep (one warning per MDX file). Astro
        // handles it itself; silence exactly that warning and let every other through.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
