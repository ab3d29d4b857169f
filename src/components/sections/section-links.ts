/**
 * Section permalinks copy the section's full URL when activated, and say
 * "Link copied" to sighted and screen-reader users alike.
 */
export function enableSectionLinks(): void {
  if (!navigator.clipboard) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.section-link:not([data-ready])')) {
    link.dataset['ready'] = '';
    const heading = link.parentElement?.querySelector('h2')?.textContent ?? 'this section';
    const label = link.querySelector('.visually-hidden');
    if (label) label.textContent = `Copy link to “${heading}”`;
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'section-link-status';
    link.after(status);
    link.addEventListener('click', async () => {
      // The browser still follows the link, so the section is targeted and highlighted.
      try {
        await navigator.clipboard.writeText(link.href);
        status.textContent = 'Link copied';
      } catch {
        status.textContent = 'Could not copy the link';
      }
      window.setTimeout(() => (status.textContent = ''), 2000);
    });
  }
}
