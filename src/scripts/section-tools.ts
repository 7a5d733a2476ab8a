/**
 * Share buttons after each section heading (written into the page at build time by
 * markdown-plugins.ts and SectionHeading.astro) and the charts' copy-link and cite buttons.
 * The code that copies and cites (share.ts) loads on the first click, so reading costs nothing.
 */
export function initSectionTools(): void {
  document.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLElement>('[data-share], [data-copy-link], [data-cite]');
    if (b) void import('./share').then((m) => m.handle(b));
  });
}
