/**
 * The outer <svg> every chart shares: size, accessible name and description, and for
 * downloads, a self-contained file with its own fonts, colours and source line.
 */
import { wrap } from './labels';
import { standaloneStyle } from './standalone-style';
import { el, esc, label, r } from './svg';
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

/** Text sizes of a downloaded file's own header and footer (it is read at its full size). */
const FILE_TEXT = { title: 20, takeaway: 15, foot: 12, gap: 10 };

/**
 * A downloaded chart stands alone: its title and takeaway above the drawing, the source line,
 * the notes, the licence and the chart's address below it, all inside the file.
 */
function fileParts(width: number, height: number, options: RenderOptions) {
  const { standalone, title } = options;
  if (!standalone) return { top: 0, header: '', footer: '', extra: 0 };
  const { title: t, takeaway: k, foot: f, gap } = FILE_TEXT;
  const titleLines = wrap(title, width, t, true);
  const takeawayLines = wrap(standalone.takeaway, width, k);
  const top = titleLines.length * t * 1.25 + takeawayLines.length * k * 1.35 + gap + 8;
  const header = el(
    'g',
    { class: 'file-head' },
    label(0, t, titleLines, { class: 'strong', 'font-size': t }, 1.25),
    label(0, titleLines.length * t * 1.25 + k + 2, takeawayLines, { class: 'muted', 'font-size': k }, 1.35),
  );
  const lines = [
    ...wrap(`Source: ${standalone.source}.`, width, f),
    ...standalone.notes.flatMap((n) => wrap(`• ${n}`, width, f)),
    ...wrap(standalone.licence, width, f),
    standalone.url,
  ];
  const footY = top + height + gap + 12 + f;
  const footer = el('g', { class: 'source', 'font-size': f }, label(0, footY, lines, {}, 1.333));
  const extra = top + gap + 12 + lines.length * f * 1.333 + 6;
  return { top, header, footer, extra };
}

export function chartFrame(args: { width: number; height: number; font: number; options: RenderOptions; body: string }): string {
  const { width, height, font, options, body } = args;
  const { idPrefix, title, description, standalone, layout, helpId } = options;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const file = fileParts(width, height, options);
  return el(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      class: standalone ? undefined : `chart__svg chart__svg--${layout}`,
      viewBox: `0 0 ${width} ${r(height + file.extra)}`,
      width: standalone ? width : undefined,
      height: standalone ? r(height + file.extra) : undefined,
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
    file.header,
    standalone ? el('g', { transform: `translate(0 ${r(file.top)})` }, body) : body,
    file.footer,
  );
}
