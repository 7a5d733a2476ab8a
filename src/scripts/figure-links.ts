/**
 * Previews of figures' sources. Nothing loads until a reader points at or focuses a figure; then
 * figure-preview.ts (and, once, the previews' data) arrive. Touch readers tap straight through to
 * the entry, as without JavaScript.
 */
export function initFigureLinks(): void {
  if (!document.querySelector('a.fig')) return;
  let preview: Promise<typeof import('./figure-preview')> | undefined;
  // Arriving from a source entry focuses the figure linked to; the reader has not asked for its
  // preview yet, so that first focus opens nothing.
  let keyed = false;
  document.addEventListener('keydown', () => (keyed = true), { once: true });
  const open = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.fig') : null;
    if (!a || (e instanceof PointerEvent && e.pointerType === 'touch')) return;
    if (e.type === 'focusin' && !keyed && a.matches(':target')) return;
    preview ??= import('./figure-preview');
    void preview.then((m) => m.showPreview(a));
  };
  document.addEventListener('pointerover', open);
  document.addEventListener('focusin', open);
}
