/**
 * The only search code every page loads: it waits for the reader to reach for
 * search (focus, "/", Ctrl/Cmd+K) and only then fetches the search UI, which
 * fetches the Pagefind index.
 */
import type { SearchUi } from './search-ui.ts';

export function installSearchShortcuts(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input) return;

  let started: Promise<SearchUi | undefined> | undefined;
  const start = (): Promise<SearchUi | undefined> =>
    (started ??= import('./search-ui.ts').then(({ startSearch }) => startSearch(form, input)));

  input.addEventListener('focus', () => void start(), { once: true });
  input.addEventListener('pointerenter', () => void start(), { once: true });
  input.addEventListener('input', () => void start(), { once: true });
  // A reader who got to the box before this script ran (a slow connection) is already in it: start now; what they typed is searched.
  if (document.activeElement === input) void start();
  // Enter follows the best result, even when pressed before the search UI has loaded.
  // Without an index (e.g. `astro dev`), the form submits to the list of every code.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start().then((search) => (search ? search.goToFirstResult() : form.submit()));
  });

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (slash || commandK) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
