/**
 * The few helpers every chart uses to write SVG as text: escaping, rounding, and an element
 * builder. Charts run at build time in Node, so there is no DOM: markup is built as strings.
 */

/** Escapes text for use in element content or attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Rounds a coordinate to 0.1 px: enough for crisp output, and stable snapshots. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

export type Attrs = Record<string, string | number | boolean | undefined>;

/**
 * `<tag attrs>children</tag>`. Attribute values are escaped; `false`/`undefined` drop the
 * attribute and `true` writes it bare. Children are markup: wrap text in esc().
 */
export function el(tag: string, attrs: Attrs = {}, ...children: (string | false | undefined)[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return `<${tag}${attrText(attrs)}>${inner}</${tag}>`;
}

/** Attributes as el() writes them: ` name="value"`, each preceded by a space. */
function attrText(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? r(v) : (v as string))}"`))
    .join('');
}

/** One childless shape as el() writes it: `<circle …></circle>`, with no text inside. */
const SHAPE = /^<(circle|rect|path|line|use)\b([^>]*)><\/\1>$/;

export const isShape = (markup: string): boolean => SHAPE.test(markup);

/**
 * A shape from el() with attributes added after its own, so that it needs no group to carry
 * them (a transform, a mark's data); undefined for anything else, or a shape that has one
 * of them already.
 */
export function withAttrs(markup: string, attrs: Attrs): string | undefined {
  const m = SHAPE.exec(markup);
  if (!m) return undefined;
  const own = m[2] ?? '';
  if (Object.keys(attrs).some((k) => own.includes(` ${k}="`))) return undefined;
  return `<${m[1]}${own}${attrText(attrs)}></${m[1]}>`;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Straight strokes of one class (grid lines, ticks, rules) as one path rather than a <line>
 * each: the same drawing in one element.
 */
export function strokes(cls: string, segments: Segment[]): string {
  if (segments.length === 0) return '';
  const d = segments
    .map(({ x1, y1, x2, y2 }) => {
      const to = r(x1) === r(x2) ? `V${r(y2)}` : r(y1) === r(y2) ? `H${r(x2)}` : `L${r(x2)} ${r(y2)}`;
      return `M${r(x1)} ${r(y1)}${to}`;
    })
    .join('');
  return el('path', { class: cls, d });
}

/** A text element; `lines` longer than one become tspans, one line-height apart. */
export function label(x: number, y: number, lines: string | string[], attrs: Attrs = {}, lineHeight = 1.25): string {
  const list = Array.isArray(lines) ? lines : [lines];
  if (list.length === 1) return el('text', { x, y, ...attrs }, esc(list[0] ?? ''));
  return el(
    'text',
    { x, y, ...attrs },
    ...list.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : `${lineHeight}em` }, esc(line))),
  );
}
