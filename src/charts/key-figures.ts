/**
 * Home: the key figures as a strip of tiles, each a number with its hedge, a line of context,
 * who said it, and a link to the chart or section behind it. The tiles, their words and their
 * links are content (content/data/key-figures.yaml); this file only lays them out. Text in HTML (it reflows to 320
 * px and search finds it); a tile whose point is a comparison carries two small bars. The same
 * tiles are drawn as an SVG for the download.
 */
import type { Dataset } from '../data/dataset';
import { pathOf } from '../site';
import { chartAnchor } from './model';
import { attributionColumns, figureFields, type FigureFields } from './figure-row';
import { CANVAS, chartFrame } from './frame';
import { wrap } from './labels';
import { el, esc, label } from './svg';
import type { ChartSpec, RenderOptions } from './types';

export interface KeyFigureRow extends FigureFields {
  unit: string;
  context: string;
  /** The second figure of a comparison (the peak), when the tile has one. */
  compare: FigureFields | undefined;
  link: { href: string; text: string };
}

export function keyFigureRows(data: Dataset): KeyFigureRow[] {
  return data.keyFigures.map((t) => {
    const chart = t.chart ? data.charts.get(t.chart) : undefined;
    const event = t.event ? data.events.get(t.event) : undefined;
    const href = chart ? `${pathOf(chart.page)}#${chartAnchor(chart.id)}` : (t.section ?? event?.section ?? '/');
    return {
      ...figureFields(data, t.figure, 'key-figures'),
      unit: t.unit,
      context: t.context,
      compare: t.compare ? figureFields(data, t.compare, 'key-figures', 'value') : undefined,
      link: { href, text: t.more },
    };
  });
}

/** The number in big type: "as few as 50", "27,000 to 31,000" (the unit follows in small type). */
function bigNumber(d: KeyFigureRow): string {
  return d.short.replace(/ to /, '–');
}

/** The number never breaks inside itself (at a range's dash); a hedge before it may wrap. */
function numberHtml(d: KeyFigureRow): string {
  const m = /^(.*?)(\d[\d,.–]*)$/.exec(bigNumber(d));
  return m ? `${esc(m[1] ?? '')}<span class="key-figure__digits">${esc(m[2] ?? '')}</span>` : esc(bigNumber(d));
}

/** Two bars, the later value against the earlier one; their words are HTML beside them. */
function compareBars(d: KeyFigureRow): string {
  if (!d.compare) return '';
  const max = Math.max(d.compare.value ?? 0, d.value ?? 0, 1);
  const bar = (v: number | undefined, cls: string, words: string) =>
    `<span class="key-figure__bar">${el(
      'svg',
      { viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      el('rect', { class: cls, x: 0, y: 0, width: Math.max(((v ?? 0) / max) * 100, 1), height: 8 }),
    )}<span>${esc(words)}</span></span>`;
  const year = d.to.slice(0, 4);
  return `<p class="key-figure__compare">${bar(d.compare.value, 'bar--muted', `${d.compare.short} at the peak`)}${bar(
    d.value,
    'bar--c1',
    `${d.short} in ${year}`,
  )}</p>`;
}

/** "U.S. intelligence, via The Washington Post, 9 September 2016". */
const credit = (d: KeyFigureRow) => (d.where && d.where.split(',')[0] !== d.who ? `${d.who}, via ${d.where}` : d.where || d.who);

export function keyFiguresHtml(rows: KeyFigureRow[]): string {
  const tiles = rows.map(
    (d) =>
      `<li class="key-figure"><p class="key-figure__number">${numberHtml(d)} <span class="key-figure__unit">${esc(
        d.unit,
      )}</span></p><p class="key-figure__context">${esc(d.context)}</p>${compareBars(d)}<p class="key-figure__source">${esc(
        credit(d),
      )}</p><a class="key-figure__link" href="${esc(d.link.href)}">${esc(d.link.text)}</a></li>`,
  );
  return `<ul class="key-figures">${tiles.join('')}</ul>`;
}

/** The download: the tiles as a grid of text in an SVG. */
export function renderKeyFigures(rows: KeyFigureRow[], options: RenderOptions): string {
  const { width, font } = CANVAS[options.layout];
  const columns = options.layout === 'wide' ? 2 : 1;
  const gap = 24;
  const colWidth = (width - gap * (columns - 1)) / columns;
  const lh = font * 1.25;
  const big = font * 1.5;
  const cells: string[] = [];
  let y = 0;
  for (let i = 0; i < rows.length; i += columns) {
    const group = rows.slice(i, i + columns).map((d) => ({
      d,
      head: wrap(`${bigNumber(d)} ${d.unit}`, colWidth, big, true),
      body: wrap(d.context, colWidth, font),
      credit: wrap(credit(d), colWidth, font),
    }));
    group.forEach(({ head, body, credit: who }, j) => {
      const x = j * (colWidth + gap);
      const bodyY = y + head.length * big * 1.25 + 6;
      cells.push(
        label(x, y + big, head, { 'font-size': big, class: 'strong' }),
        label(x, bodyY + font, body),
        label(x, bodyY + font + body.length * lh, who, { class: 'muted' }),
      );
    });
    y += Math.max(...group.map((g) => g.head.length * big * 1.25 + 6 + (g.body.length + g.credit.length) * lh)) + gap;
  }
  return chartFrame({ width, height: y, font, options, body: cells.join('') });
}

export const keyFigures: ChartSpec<KeyFigureRow> = {
  id: 'key-figures',
  rows: keyFigureRows,
  columns: [
    { label: 'Figure', value: (d) => d.text },
    { label: 'What it counts', value: (d) => `${d.unit} ${d.context}` },
    { label: 'Compared with', value: (d) => (d.compare ? `${d.compare.text}, ${d.compare.period}` : '') },
    { label: 'Period', value: (d) => d.period },
    ...attributionColumns(),
  ],
  figureOf: (d) => d.figure,
  render: renderKeyFigures,
  html: keyFiguresHtml,
};
