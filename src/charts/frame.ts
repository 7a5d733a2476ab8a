/**
 * The outer <svg> every chart shares: size, accessible name and description, and for
 * downloads, a self-contained file with its own fonts, colours and source line.
 */
import { el, esc } from './svg';
import type { RenderOptions } from './types';

/** Colours for a downloaded SVG, which has no page stylesheet: the light theme's. */
const STANDALONE_STYLE = `
svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c1c1e;background:#fff}
text{fill:currentColor}.tick-label,.axis-title,.source{fill:#55565c}
.grid{stroke:#d9d6cf}.tick,.baseline{stroke:#55565c}.leader{stroke:#55565c;stroke-dasharray:2 2}
.dot--c1,.bar--c1{fill:#0066a8}.dot--c2,.bar--c2{fill:#b35900}.dot--c3,.bar--c3{fill:#007a5c}.dot--c4,.bar--c4{fill:#a8437a}
.span,.span-cap{stroke:#0066a8;stroke-width:4}.hit{fill:transparent}
.value-label{font-weight:600}`;

export function chartFrame(args: { width: number; height: number; font: number; options: RenderOptions; body: string }): string {
  const { width, height, font, options, body } = args;
  const { idPrefix, title, description, standalone, layout, helpId } = options;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const extra = standalone ? 46 : 0;
  const footer = standalone
    ? el(
        'g',
        { class: 'source' },
        el('text', { x: 0, y: height + 22, 'font-size': 12 }, esc(`Source: ${standalone.source}`)),
        el('text', { x: 0, y: height + 38, 'font-size': 12 }, esc(standalone.url)),
      )
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
    standalone ? el('style', {}, STANDALONE_STYLE) : '',
    body,
    footer,
  );
}
