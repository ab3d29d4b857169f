/**
 * Makes the build work well on any static host:
 * - short URLs: /200 leads to /codes/200/ through a small page with a canonical
 *   link and a meta refresh, which works on every host (written here rather
 *   than with Astro's `redirects`, which would turn /404 and /500 into the
 *   site's error pages), and
 * - `_redirects` (real 301s) and `_headers` (long cache for hashed assets,
 *   short for HTML) for hosts that read them (Netlify, Cloudflare Pages, …).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The codes that have pages, from the content folder's file names. */
function codesWithPages(root: URL): string[] {
  return readdirSync(fileURLToPath(new URL('content/codes/', root)))
    .filter((name) => /^\d{3}\.mdx$/.test(name))
    .map((name) => name.slice(0, 3));
}

/** A page that sends the reader (and search engines, via the canonical link) on to `target`. */
function redirectPage(target: string, canonical: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting to ${target}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body><p>This page has moved to <a href="${target}">${target}</a>.</p></body>
</html>
`;
}

export default function staticHost(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost:4321/';
  let codes: string[] = [];
  return {
    name: 'static-host',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        site = config.site ?? site;
        codes = codesWithPages(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const code of codes) {
          const target = `${base}codes/${code}/`;
          mkdirSync(join(outDir, code), { recursive: true });
          writeFileSync(join(outDir, code, 'index.html'), redirectPage(target, new URL(target, site).href));
        }
        const redirects = codes.map((code) => `${base}${code} ${base}codes/${code}/ 301`);
        writeFileSync(join(outDir, '_redirects'), `${redirects.join('\n')}\n`);
        const headers = [
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          `${base}pagefind/*`,
          '  Cache-Control: public, max-age=3600',
          `${base}og/*`,
          '  Cache-Control: public, max-age=86400',
          `${base}*`,
          '  Cache-Control: public, max-age=0, must-revalidate',
        ];
        writeFileSync(join(outDir, '_headers'), `${headers.join('\n')}\n`);
        logger.info(`wrote ${codes.length} short URLs (/200 → /codes/200/), _redirects and _headers`);
      },
    },
  };
}
