/**
 * The theme button's three states and their order, apart from the page so tests can read them.
 * From "as the system", a press goes to the other scheme (so the first press always changes the
 * page), then to the system's own scheme held fixed, then back to following the system.
 */
export type Scheme = 'light' | 'dark';
export type ThemeChoice = 'system' | Scheme;

export function nextChoice(current: ThemeChoice, system: Scheme): ThemeChoice {
  const other: Scheme = system === 'dark' ? 'light' : 'dark';
  if (current === 'system') return other;
  return current === other ? system : 'system';
}

/** The button's name for a state: what the page does now. */
export function choiceLabel(choice: ThemeChoice, system: Scheme): string {
  return choice === 'system' ? `Theme: as the system (${system})` : `Theme: ${choice}`;
}
