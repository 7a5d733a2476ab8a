/**
 * A figure's source entry, previewed beside it: what it counts, who said it, where and when.
 * One tooltip for the page, described by the figure while open. It stays while the pointer is on
 * the figure or on the preview, closes when both are left, when focus moves on, and on Escape
 * (WCAG 1.4.13). Styles are classes (citations.css) and the position goes through CSSOM custom
 * properties, so the Content-Security-Policy needs no inline styles.
 */
import type { FigurePreview } from '../data/figure-preview';

const ID = 'fig-preview';
let previews: Promise<Record<string, FigurePreview>> | undefined;
let box: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let closing: ReturnType<typeof setTimeout> | undefined;

function load(): Promise<Record<string, FigurePreview>> {
  previews ??= fetch('/figure-previews.json').then((r) => (r.ok ? (r.json() as Promise<Record<string, FigurePreview>>) : {}));
  return previews;
}

function para(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function createBox(): HTMLElement {
  const el = document.createElement('div');
  el.id = ID;
  el.className = 'fig-preview';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  el.addEventListener('pointerenter', () => clearTimeout(closing));
  el.addEventListener('pointerleave', () => closeSoon());
  document.body.append(el);
  document.addEventListener('pointerout', (e) => {
    const from = e.target instanceof Element ? e.target.closest('a.fig') : null;
    const to = e.relatedTarget instanceof Node ? e.relatedTarget : null;
    if (from && from === current && !(to && (from.contains(to) || el.contains(to)))) closeSoon();
  });
  document.addEventListener('focusout', (e) => {
    if (e.target === current) close();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !el.hidden) close();
  });
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('a.fig')) close();
  });
  return el;
}

/** Leaves a moment to move the pointer from the figure onto the preview. */
function closeSoon(): void {
  clearTimeout(closing);
  closing = setTimeout(close, 200);
}

function close(): void {
  clearTimeout(closing);
  if (box) box.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function place(el: HTMLElement, a: HTMLAnchorElement): void {
  const r = a.getClientRects()[0] ?? a.getBoundingClientRect();
  const width = el.offsetWidth;
  const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
  const below = r.bottom + 6;
  const top = below + el.offsetHeight > innerHeight && r.top - el.offsetHeight - 6 > 0 ? r.top - el.offsetHeight - 6 : below;
  el.style.setProperty('--left', `${left + scrollX}px`);
  el.style.setProperty('--top', `${top + scrollY}px`);
}

export async function showPreview(a: HTMLAnchorElement): Promise<void> {
  clearTimeout(closing);
  if (a === current && box && !box.hidden) return;
  current?.removeAttribute('aria-describedby');
  current = a;
  const all = await load();
  const p = all[a.dataset['fig'] ?? ''];
  if (!p || current !== a) return;
  box ??= createBox();
  box.replaceChildren(
    para(p.value, 'fig-preview__value'),
    para(p.what),
    ...p.lines.map((line) => para(line)),
    para(`${p.grade}. Follow the link for the full entry.`, 'fig-preview__meta'),
  );
  box.hidden = false;
  place(box, a);
  a.setAttribute('aria-describedby', ID);
}
