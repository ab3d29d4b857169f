/**
 * Copy buttons on code blocks. The buttons are `hidden` in the HTML and shown
 * only here, so a reader without JavaScript never sees a button that does nothing.
 */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.code-block .copy-button[hidden]')) {
    const code = button.closest('.code-block')?.querySelector('pre');
    if (!code || !navigator.clipboard) continue;
    const caption = button.previousElementSibling?.textContent ?? 'code';
    button.setAttribute('aria-label', `Copy ${caption}`);
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        announce(button, 'Copied');
      } catch {
        announce(button, 'Copy failed');
      }
    });
  }
}

/** Shows the result on the button and says it to screen readers through a live region. */
function announce(button: HTMLButtonElement, message: string): void {
  const status = button.closest('.code-block')?.querySelector('[role="status"]') ?? createStatus(button);
  status.textContent = message;
  button.textContent = message;
  window.setTimeout(() => {
    button.textContent = 'Copy';
    status.textContent = '';
  }, 2000);
}

function createStatus(button: HTMLButtonElement): HTMLElement {
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'visually-hidden';
  button.after(status);
  return status;
}
