/**
 * Opens the search dialog from the header's Search link (which goes to /search/ without
 * JavaScript) or Ctrl/⌘+K. The search code and the index load on first open, not before.
 */
import type { SearchUi } from './search-ui';

export function initSearchTrigger(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('.search-trigger');
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  const form = dialog?.querySelector<HTMLFormElement>('form[data-search]');
  if (!trigger || !dialog || !form) return;
  const key = trigger.querySelector<HTMLElement>('kbd');
  if (key && /Mac|iPhone|iPad/.test(navigator.platform)) key.textContent = '⌘K';
  let ui: Promise<SearchUi> | undefined;
  let returnTo: HTMLElement | null = null;

  const filters = form.querySelector<HTMLDetailsElement>('.search__filters-toggle');
  const open = () => {
    if (dialog.open) return;
    // On a phone the filters fold away (unless one is in use), so the results get the screen. Set
    // before the dialog shows, so nothing moves.
    const inUse = [...(filters?.querySelectorAll('select') ?? [])].some((s) => s.value !== '');
    if (filters && !inUse) filters.open = matchMedia('(min-width: 40rem)').matches;
    returnTo = document.activeElement as HTMLElement | null;
    dialog.showModal();
    form.querySelector('input')?.focus();
    if (!ui) {
      // The search engine starts at once, its files downloading alongside the interface's
      // rather than after them (the interface imports the same modules again).
      const pagefind = '/pagefind/pagefind.js';
      import(/* @vite-ignore */ pagefind).catch(() => undefined);
      import('./search-engine').then((m) => m.loadPagefind()).catch(() => undefined);
    }
    ui ??= import('./search-ui').then((m) => m.mountSearch(form));
  };
  trigger.addEventListener('click', (e) => {
    e.preventDefault();
    open();
  });
  addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    }
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  // Escape closes the dialog at once. In a search box the browser's own Escape first empties the
  // box, so a reader with words typed would need two presses; the Clear button does that instead.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.isComposing) return;
    e.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => returnTo?.focus());
}
