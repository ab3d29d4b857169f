/**
 * The pages of the built site, found by walking `dist/`: every test that must
 * hold "on every page" iterates over this list, so a new page is covered
 * without touching the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDirectory = join(import.meta.dirname, '../../dist');

function htmlFiles(): { path: string; html: string }[] {
  return readdirSync(distDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDirectory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .map((path) => ({ path: '/' + path.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(join(distDirectory, path), 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A short-URL page written by src/integrations/static-host.ts. */
const isShortUrl = (html: string): boolean => /^<!DOCTYPE html>\s*<html lang="en">\s*<head>\s*<meta charset="utf-8">\s*<title>Redirecting to /.test(html);

/** Site paths of every built HTML page, e.g. "/", "/codes/200/", "/404.html" (short-URL redirects excluded). */
export function builtPages(): string[] {
  return htmlFiles()
    .filter(({ html }) => !isShortUrl(html))
    .map(({ path }) => path);
}

/** The short URLs, e.g. "/200/", each a redirect page. */
export function shortUrlPages(): string[] {
  return htmlFiles()
    .filter(({ html }) => isShortUrl(html))
    .map(({ path }) => path);
}

/** The file behind a site path. */
export function builtFile(path: string): string {
  return join(distDirectory, path.endsWith('/') ? `${path}index.html` : path);
}
