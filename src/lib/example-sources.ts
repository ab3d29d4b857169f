/**
 * The example programs under `content/examples/`, read at build time.
 * Vite watches them, so editing a program refreshes the page in `astro dev`.
 */
const sources = import.meta.glob<string>('/content/examples/**/*.{mjs,py}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The source of `content/examples/<relativePath>`; the content loader has checked it exists. */
export function exampleSource(relativePath: string): string {
  const source = sources[`/content/examples/${relativePath}`];
  if (source === undefined) {
    throw new Error(`content/examples/${relativePath} is missing`);
  }
  return source;
}
