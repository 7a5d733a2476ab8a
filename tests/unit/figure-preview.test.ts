import { describe, expect, it } from 'vitest';
import { getDataset, getFigure } from '../../src/data/dataset';
import { figurePreview } from '../../src/data/figure-preview';

describe('a figure’s preview', () => {
  const data = getDataset();

  it('says what the figure counts, who said it, where and when', () => {
    const p = figurePreview(getFigure('current-monthly-flow'), data);
    expect(p.value).toBe('as few as 50 a month');
    expect(p.what).toMatch(/^Foreign recruits reaching the Islamic State/);
    expect(p.lines).toEqual(['Said by U.S. intelligence', 'In The Washington Post, 9 September 2016', 'Stated 9 September 2016']);
    expect(p.grade).toBe('Estimate, confidence medium');
  });

  it('counts the other sources a figure was published in', () => {
    expect(figurePreview(getFigure('soufan-total-2015'), data).lines[1]).toBe(
      'In The Washington Post, 9 September 2016 (and 2 other sources)',
    );
  });

  it('shows a derived figure as our calculation, with its arithmetic', () => {
    const p = figurePreview(getFigure('pentagon-monthly-flow-drop'), data);
    expect(p.lines).toEqual(['Our calculation: (2,000 − 200) ÷ 2,000 = 90 %']);
    expect(p.grade).toBe('Our calculation, confidence low');
  });
});
