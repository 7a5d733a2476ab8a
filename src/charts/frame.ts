/**
 * The outer <svg> every chart shares: size, accessible name and description, and for
 * downloads, a self-contained file with its own fonts, colours and source line.
 */
import { wrap } from './labels';
import { standaloneStyle } from './standalone-style';
import { el, esc, label } from './svg';
import type { ChartLayout, RenderOptions } from './types';

/**
 * Width (viewBox units) and font size of the two drawings. The narrow one is shown from about
 * 288 CSS px (a 320 px screen less the page padding) up to a 480 px container, the wide one from
 * 480 px up: 14 × 288 / 320 = 12.6 and 16 × 480 / 640 = 12, so no text is ever under 12 CSS px.
 * Every text in a chart uses this one size; hierarchy comes from weight and colour.
 */
export const CANVAS: Record<ChartLayout, { width: number; font: number }> = {
  narrow: { width: 320, font: 14 },
  wide: { width: 640, font: 16 },
};

export function chartFrame(args: { width: number; height: number; font: number; options: RenderOptions; body: string }): string {
  const { width, height, font, options, body } = args;
  const { idPrefix, title, description, standalone, layout, helpId } = options;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const sourceLines = standalone ? wrap(`Source: ${standalone.source}`, width, 12) : [];
  const extra = standalone ? 22 + (sourceLines.length + 1) * 16 : 0;
  const footer = standalone
    ? el('g', { class: 'source', 'font-size': 12 }, label(0, height + 22, [...sourceLines, standalone.url], {}, 1.333))
    : '';
  return el(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      class: standalone ? undefined : `chart__svg chart__svg--${layout}`,
      viewBox: `0 0 ${width} ${height + extra}`,
      width: standalone ? width : undefined,
      height: standalone ? height + extra : undefined,
      'font-size': font,
      // In the page the chart takes arrow keys, which screen readers pass on only to an application.
      role: standalone ? 'img' : 'application',
      'aria-roledescription': standalone ? undefined : 'interactive chart',
      'aria-labelledby': titleId,
      'aria-describedby': helpId ? `${descId} ${helpId}` : descId,
      tabindex: standalone ? undefined : 0,
    },
    el('title', { id: titleId }, esc(title)),
    el('desc', { id: descId }, esc(description)),
    standalone ? el('style', {}, standaloneStyle()) : '',
    body,
    footer,
  );
}
