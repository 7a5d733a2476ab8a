/** Figure fields for layout tests: fixed numbers, not the live dataset. */
import type { FigureFields } from '../../../src/charts/figure-row';
import { textWidth } from '../../../src/charts/labels';

export function fields(over: Partial<FigureFields> = {}): FigureFields {
  return {
    figure: 'fixture',
    text: '100',
    short: '100',
    value: 100,
    low: undefined,
    high: undefined,
    kind: 'count',
    confidence: 'high',
    period: 'a period',
    from: '2015-01',
    to: '2015-06',
    openStart: false,
    stated: '1 January 2016',
    asOf: '2016-01-01',
    who: 'Someone',
    where: 'A paper, 1 January 2016',
    said: 'Someone, in A paper, 1 January 2016',
    href: '/sources/#fig-fixture',
    ...over,
  };
}

/** A bold value label's box as the layouts estimate it: cap height above the first baseline, descent below the last. */
export function labelBox(l: { x: number; top: number; lines: string[]; anchor: 'start' | 'middle' | 'end' }, font: number) {
  const w = Math.max(...l.lines.map((s) => textWidth(s, font, true)));
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { left, right: left + w, top: l.top - font * 0.8, bottom: l.top + (l.lines.length - 1) * font * 1.25 + font * 0.25 };
}

type Box = ReturnType<typeof labelBox>;
export const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
