import { describe, expect, it } from 'vitest';
import { choiceLabel, nextChoice, type ThemeChoice } from '../../src/scripts/theme-choice';

describe('the theme button', () => {
  it('goes through all three states and back to following the system', () => {
    const seen: ThemeChoice[] = ['system'];
    for (let i = 0; i < 3; i++) seen.push(nextChoice(seen.at(-1) ?? 'system', 'light'));
    expect(seen).toEqual(['system', 'dark', 'light', 'system']);
  });

  it('changes the page at the first press, whatever the system’s scheme', () => {
    expect(nextChoice('system', 'light')).toBe('dark');
    expect(nextChoice('system', 'dark')).toBe('light');
    expect(nextChoice('light', 'dark')).toBe('dark');
    expect(nextChoice('dark', 'dark')).toBe('system');
  });

  it('is named by what the page does now', () => {
    expect(choiceLabel('system', 'dark')).toBe('Theme: as the system (dark)');
    expect(choiceLabel('light', 'dark')).toBe('Theme: light');
  });
});
