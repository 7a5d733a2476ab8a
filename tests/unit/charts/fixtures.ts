/** Figure fields for layout tests: fixed numbers, not the live dataset. */
import type { FigureFields } from '../../../src/charts/figure-row';

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
