/**
 * The contents list: open beside the text on wide screens (it starts closed, so narrow screens
 * keep it out of the way), and the section being read marked with aria-current. On narrower
 * screens, where it is a bar at the top of the window, the bar names the section being read, and
 * choosing a section closes the list so the text is in view.
 */
const WIDE = matchMedia('(min-width: 68rem)');

export function initToc(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc) return;
  const details = toc.querySelector('details');
  const currentName = toc.querySelector<HTMLElement>('.toc__current');
  if (details && WIDE.matches) details.open = true;
  toc.addEventListener('click', (e) => {
    if (details && !WIDE.matches && (e.target as Element).closest('ol a')) details.open = false;
  });

  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  let current: HTMLAnchorElement | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    // The section being read is the last one whose heading has passed a line a third down the window.
    // At the very bottom the last sections may never reach that line: the last one is current.
    const line = innerHeight / 3;
    const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let active: HTMLElement | undefined = atBottom ? headings.at(-1) : undefined;
    for (const h of atBottom ? [] : headings) {
      if (h.getBoundingClientRect().top <= line) active = h;
      else break;
    }
    const link = active ? links.get(active.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
    if (currentName) currentName.textContent = link?.textContent ?? '';
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
}
