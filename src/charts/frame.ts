/**
 * The outer <svg> every chart shares: size, accessible name and description, and for
 * downloads, a self-contained file with its own fonts, colours and source line.
 */
import { wrap } from './labels';
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

/** Colours for a downloaded SVG, which has no page stylesheet: the light theme's (see charts.css). */
const STANDALONE_STYLE = `
svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c1c1e;background:#fcfbf8}
text{fill:currentColor}.tick-label,.axis-title,.source,.muted{fill:#55565c}.strong,.value-label{font-weight:600}
.grid,.lane-rule{stroke:#d9d6cf}.tick,.baseline,.break{stroke:#55565c;fill:none}.leader,.ref-line{stroke:#55565c;stroke-dasharray:2 2}
.dot--c1,.bar--c1{fill:#0066a8}.dot--c2,.bar--c2{fill:#b35900}.dot--c3,.bar--c3{fill:#007a5c}.dot--c4,.bar--c4{fill:#a8437a}
.range{fill:none;stroke-width:3}.block{fill:none;stroke-width:2}.bar--muted{fill:#55565c}.bar--outline{fill:none;stroke:#1c1c1e;stroke-width:1.5}.break-gap{fill:#fcfbf8}
.stroke--c1{stroke:#0066a8}.stroke--c2{stroke:#b35900}.stroke--c3{stroke:#007a5c}.stroke--c4{stroke:#a8437a}
.span,.span-cap{stroke:#0066a8;stroke-width:4}.hit{fill:transparent}
.derived{fill:none;stroke-width:2;stroke-dasharray:4 3}.claim{fill:none;stroke:#a8437a;stroke-width:2;stroke-dasharray:6 4}
.hatch-line{stroke:#0066a8;stroke-width:2}.bracket{fill:none;stroke:#55565c;stroke-width:1.5}.band{fill:#d9d6cf;fill-opacity:.45}
.halo{paint-order:stroke;stroke:#fcfbf8;stroke-width:4px;stroke-linejoin:round}
.land{fill:#e8e5de}.borders{fill:none;stroke:#fcfbf8;stroke-width:.8}.country,.countries{stroke:#1c1c1e;stroke-width:.7}use.hit{stroke:none}
.choro-1{fill:#c6dbee}.choro-2{fill:#86b3da}.choro-3{fill:#3b7fbd}.choro-4{fill:#0b4a80}
.flow{fill:none;stroke:#b35900;stroke-width:2.5}.arrowhead{fill:#b35900}.place{fill:#1c1c1e;stroke:#fcfbf8;stroke-width:1.5}
.marker-line{stroke:#1c1c1e;stroke-dasharray:1 3}`;

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
    standalone ? el('style', {}, STANDALONE_STYLE) : '',
    body,
    footer,
  );
}
