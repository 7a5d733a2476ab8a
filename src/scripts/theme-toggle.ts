/**
 * The theme button: follows the system until the reader presses it; each press moves through
 * the three states (theme-choice.ts), and "as the system" forgets the stored choice. A fixed
 * choice is the only thing the site stores. The head script applies it before paint, and CSS
 * shows each state's icon from <html data-theme>.
 */
import { choiceLabel, nextChoice, type Scheme, type ThemeChoice } from './theme-choice';

const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

const system = (): Scheme => (dark.matches ? 'dark' : 'light');
const current = (): ThemeChoice => {
  const t = root.dataset['theme'];
  return t === 'light' || t === 'dark' ? t : 'system';
};

function apply(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage can be blocked; the choice then lasts for this page only.
  }
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

export function initTheme(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  const label = button?.querySelector('.theme-toggle__label');
  if (!button || !label) return;
  const sync = () => {
    const now = current();
    const name = choiceLabel(now, system());
    label.textContent = name;
    const next = nextChoice(now, system());
    button.title = `${name}. Press for ${next === 'system' ? 'the system’s theme' : next}.`;
  };
  sync();
  dark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    apply(nextChoice(current(), system()));
    sync();
  });
}
