/**
 * "Copy link" and "Cite" for every section and chart. Each section heading gets a share button
 * that opens one shared popover (the platform's popover: Escape and outside clicks close it);
 * charts have the same two buttons in their tool row. Both confirm visibly and aloud.
 */
import { copyWithFeedback } from './copy';

const SITE = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? document.title;

/** "“France”, in Decline, The Foreign Fighter Flow. https://…/decline/#france (accessed 23 November 2026)." */
export function citation(title: string, url: string, page = document.querySelector('h1')?.textContent?.trim() ?? ''): string {
  const accessed = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const where = page && page !== title ? `, in ${page}` : '';
  return `“${title}”${where}, ${SITE}. ${url} (accessed ${accessed}).`;
}

const absolute = (hash: string) => new URL(hash, location.href.split('#')[0]).href;

function button(label: string, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  return b;
}

function sharePopover(): { open(invoker: HTMLElement, title: string, hash: string): void } {
  const pop = document.createElement('div');
  pop.id = 'share-popover';
  pop.className = 'share-popover';
  pop.popover = 'auto';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', 'Share this section');
  const text = document.createElement('p');
  const copyLink = button('Copy link', 'tool-button');
  const cite = button('Copy citation', 'tool-button');
  pop.append(text, copyLink, cite);
  document.body.append(pop);
  let current = { title: '', hash: '' };
  copyLink.addEventListener('click', () => void copyWithFeedback(copyLink, absolute(current.hash), 'Link copied'));
  cite.addEventListener(
    'click',
    () => void copyWithFeedback(cite, citation(current.title, absolute(current.hash)), 'Citation copied'),
  );
  return {
    open(invoker, title, hash) {
      current = { title, hash };
      text.textContent = citation(title, absolute(hash));
      const box = invoker.getBoundingClientRect();
      pop.style.setProperty('--top', `${box.bottom + scrollY + 6}px`);
      pop.style.setProperty('--left', `${Math.max(8, Math.min(box.left, innerWidth - 330))}px`);
      pop.showPopover();
      copyLink.focus();
    },
  };
}

export function initSectionTools(): void {
  const headings = document.querySelectorAll<HTMLElement>('.page__body .heading');
  let popover: ReturnType<typeof sharePopover> | undefined;
  for (const wrap of headings) {
    const h = wrap.querySelector('h2, h3');
    if (!h?.id) continue;
    const title = h.textContent?.trim() ?? '';
    const share = button('', 'heading__share');
    share.setAttribute('aria-label', `Copy link or cite: ${title}`);
    share.setAttribute('aria-haspopup', 'dialog');
    share.append(Object.assign(document.createElement('span'), { textContent: 'Share', className: 'heading__share-label' }));
    share.addEventListener('click', () => {
      popover ??= sharePopover();
      popover.open(share, title, `#${h.id}`);
    });
    wrap.append(share);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy-link], [data-cite]')) {
    const hash = b.dataset['copyLink'] ?? b.dataset['cite'] ?? '';
    b.hidden = false;
    b.addEventListener('click', () => {
      const title = b.closest('figure')?.querySelector('.chart__title')?.textContent?.trim() ?? document.title;
      if (b.dataset['cite'] !== undefined) void copyWithFeedback(b, citation(title, absolute(hash)), 'Citation copied');
      else void copyWithFeedback(b, absolute(hash), 'Link copied');
    });
  }
}
