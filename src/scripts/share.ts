/**
 * Copy link and cite, loaded on the first click of a share, copy-link or cite button (see
 * section-tools.ts). The share popover is the platform's own: Escape and outside clicks close it.
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

function button(label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tool-button';
  b.textContent = label;
  return b;
}

let popover: { open(invoker: HTMLElement, title: string, hash: string): void } | undefined;

function createPopover(): NonNullable<typeof popover> {
  const pop = document.createElement('div');
  pop.className = 'share-popover';
  pop.popover = 'auto';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', 'Share this section');
  const text = document.createElement('p');
  const copyLink = button('Copy link');
  const cite = button('Copy citation');
  pop.append(text, copyLink, cite);
  document.body.append(pop);
  let current = { title: '', hash: '' };
  let invoker: HTMLElement | undefined;
  // The button says whether its popover is open; CSS keeps it shown meanwhile.
  pop.addEventListener('toggle', (e) => invoker?.setAttribute('aria-expanded', String(e.newState === 'open')));
  copyLink.addEventListener('click', () => void copyWithFeedback(copyLink, absolute(current.hash), 'Link copied'));
  cite.addEventListener(
    'click',
    () => void copyWithFeedback(cite, citation(current.title, absolute(current.hash)), 'Citation copied'),
  );
  return {
    open(button, title, hash) {
      invoker?.setAttribute('aria-expanded', 'false');
      invoker = button;
      current = { title, hash };
      text.textContent = citation(title, absolute(hash));
      const box = button.getBoundingClientRect();
      pop.style.setProperty('--top', `${box.bottom + scrollY + 6}px`);
      pop.style.setProperty('--left', `${Math.max(8, Math.min(box.left, innerWidth - 330))}px`);
      pop.showPopover();
      copyLink.focus();
    },
  };
}

/** Handles a click on a share (section), copy-link or cite (chart) button. */
export function handle(b: HTMLElement): void {
  const hash = b.dataset['share'] ?? b.dataset['copyLink'] ?? b.dataset['cite'] ?? '';
  const title = b.dataset['title'] ?? b.closest('figure')?.querySelector('.chart__title')?.textContent?.trim() ?? document.title;
  if (b.dataset['share'] !== undefined) {
    popover ??= createPopover();
    popover.open(b, title, hash);
  } else if (b.dataset['cite'] !== undefined) void copyWithFeedback(b, citation(title, absolute(hash)), 'Citation copied');
  else void copyWithFeedback(b, absolute(hash), 'Link copied');
}
