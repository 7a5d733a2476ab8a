/**
 * Share buttons after each section heading, and the chart's copy-link and cite buttons. The
 * code that copies and cites (share.ts) loads on the first click, so reading costs nothing.
 */
export function initSectionTools(): void {
  for (const wrap of document.querySelectorAll('.page__body .heading')) {
    const h = wrap.querySelector('h2, h3');
    if (!h?.id) continue;
    const title = h.textContent?.trim() ?? '';
    const share = document.createElement('button');
    share.type = 'button';
    share.className = 'heading__share';
    share.textContent = 'Share';
    share.dataset['share'] = `#${h.id}`;
    share.dataset['title'] = title;
    share.setAttribute('aria-label', `Copy link or cite: ${title}`);
    share.setAttribute('aria-haspopup', 'dialog');
    wrap.append(share);
  }
  for (const b of document.querySelectorAll<HTMLElement>('[data-copy-link], [data-cite]')) b.hidden = false;
  document.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLElement>('[data-share], [data-copy-link], [data-cite]');
    if (b) void import('./share').then((m) => m.handle(b));
  });
}
