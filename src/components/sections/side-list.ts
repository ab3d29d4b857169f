/** Scrolls the side list (not the page) so the current page's entry is in view. */
export function keepCurrentInView(): void {
  const list = document.querySelector<HTMLElement>('.side-list');
  const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!list || !current || list.scrollHeight <= list.clientHeight) return;
  list.scrollTop = current.offsetTop - list.offsetTop - list.clientHeight / 3;
}
