/**
 * The theme toggle: follows the system until the reader presses it, then remembers the choice
 * (the only thing the site stores). The head script applies the stored choice before paint.
 */
const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : dark.matches);

export function initTheme(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  dark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    sync();
  });
}
