/**
 * Previews of figures' sources. Nothing loads until a reader points at or focuses a figure; then
 * figure-preview.ts (and, once, the previews' data) arrive. Touch readers tap straight through to
 * the entry, as without JavaScript.
 */
export function initFigureLinks(): void {
  if (!document.querySelector('a.fig')) return;
  let preview: Promise<typeof import('./figure-preview')> | undefined;
  const open = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.fig') : null;
    if (!a || (e instanceof PointerEvent && e.pointerType === 'touch')) return;
    preview ??= import('./figure-preview');
    void preview.then((m) => m.showPreview(a));
  };
  document.addEventListener('pointerover', open);
  document.addEventListener('focusin', open);
}
