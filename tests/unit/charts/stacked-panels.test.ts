import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/data/format';
import { textWidth } from '../../../src/charts/labels';
import { drawPanelFrame, stackPanels } from '../../../src/charts/stacked-panels';

const FONT = 12;
const spec = (name: string, title: string[], highest: number, unit = 1) => ({
  name,
  title,
  strong: 1,
  height: 100,
  highest,
  ticks: 3,
  unit,
});

describe('panels stacked on one time axis', () => {
  const { frames, plotLeft, plotRight, x, years, yearTicks } = stackPanels(
    [spec('upper', ['Upper', 'what it shows'], 68_000), spec('lower', ['Lower'], 12_000, 1000)],
    { font: FONT, width: 400, dates: [new Date('2019-03-15'), new Date('2021-06-01')] },
  );
  const [upper, lower] = frames;

  it('puts each plot under its title and the next panel below the last baseline', () => {
    expect(upper?.top).toBeCloseTo(upper!.titleY + 2 * FONT * 1.25);
    expect(upper?.baseline).toBeCloseTo(upper!.top + 100);
    expect(lower?.titleY).toBeGreaterThan(upper!.baseline);
    expect(lower?.top).toBeCloseTo(lower!.titleY + FONT * 1.25);
  });

  it('gives each panel a scale of its own from zero past its highest value', () => {
    expect(upper?.y(0)).toBeCloseTo(upper!.baseline);
    expect(upper!.y.domain()[1]).toBeGreaterThanOrEqual(68_000);
    expect(lower!.y.domain()[1]).toBeGreaterThanOrEqual(12_000);
    expect(lower!.y.domain()[1]).toBeLessThan(68_000);
  });

  it('makes the shared gutter as wide as the widest tick number, in each panel’s unit', () => {
    const widest = Math.max(...frames.flatMap((f) => f.y.ticks(f.ticks).map((t) => textWidth(formatNumber(t / f.unit), FONT))));
    expect(plotLeft).toBeCloseTo(widest + 10);
    expect(plotLeft).toBeGreaterThan(textWidth('60,000', FONT));
    expect(plotRight).toBe(396);
  });

  it('runs the time axis over the whole years the dates fall in, across the plots', () => {
    expect(years).toEqual([2019, 2021]);
    expect(x(new Date(Date.UTC(2019, 0, 1)))).toBeCloseTo(plotLeft);
    expect(x(new Date(Date.UTC(2022, 0, 1)))).toBeCloseTo(plotRight);
    expect(yearTicks.map((t) => t.label).filter(Boolean)).toEqual(['2019', '2020', '2021']);
  });

  it('draws the bold lines of the title, the rest muted, and tick numbers in the panel’s unit', () => {
    const svg = drawPanelFrame(lower!, { plotLeft, plotRight, font: FONT });
    expect(svg).toMatch(/class="strong"[^>]*>Lower</);
    expect(svg).toContain('>10<');
    expect(svg).not.toContain('>10,000<');
    expect(drawPanelFrame(upper!, { plotLeft, plotRight, font: FONT })).toMatch(/class="muted"[^>]*>what it shows</);
  });
});
