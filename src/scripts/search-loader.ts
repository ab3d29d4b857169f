/**
 * The only search code every page loads: it waits for the reader to reach for
 * search (focus, "/", Ctrl/Cmd+K) and only then fetches the search UI, which
 * fetches the Pagefind index.
 */
export function installSearchShortcuts(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input) return;

  let started: Promise<void> | undefined;
  const start = (): Promise<void> =>
    (started ??= import('./search-ui.ts').then(({ startSearch }) => startSearch(form, input)));

  input.addEventListener('focus', () => void start(), { once: true });
  input.addEventListener('pointerenter', () => void start(), { once: true });

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
