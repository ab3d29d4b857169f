/**
 * The pages of the built site, found by walking `dist/`: every test that must
 * hold "on every page" iterates over this list, so a new page is covered
 * without touching the tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDirectory = join(import.meta.dirname, '../../dist');

/** Site paths of every built HTML page, e.g. "/", "/codes/200/", "/404.html". */
export function builtPages(): string[] {
  return readdirSync(distDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDirectory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .map((path) => '/' + path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
