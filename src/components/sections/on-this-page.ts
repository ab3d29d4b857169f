/**
 * Marks, in "On this page", the section the reader is in: the last one whose
 * heading has scrolled past the top third of the window.
 */
export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.on-this-page a[href^="#"]')];
  const targets = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((entry): entry is { link: HTMLAnchorElement; heading: HTMLElement } => entry.heading !== null);
  if (targets.length === 0) return;
  let frame = 0;
  const update = (): void => {
    frame = 0;
    const line = window.innerHeight / 3;
    let current = targets[0];
    for (const target of targets) {
      if (target.heading.getBoundingClientRect().top <= line) current = target;
    }
    for (const { link } of targets) {
      if (link === current?.link) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = (): void => {
    frame ||= requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}
