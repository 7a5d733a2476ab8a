/**
 * Figures named in the words around charts (charts.yaml, key-figures.yaml), the way MDX pages
 * name them with <Fig>: the text says `{fig:peak-monthly-flow}` and the build writes "2,000 a
 * month" with the same formatter, so a caption cannot drift from the dataset.
 *
 * - `{fig:id}`: the figure with its hedge and unit, as <Fig id="…" /> writes it.
 * - `{num:id}`: hedge and number without the unit, as <Fig id="…" unit={false} />.
 * - `{count:series}`: how many figures the series holds ("the 14 Western European countries").
 */
import { figureText, formatNumber } from './format';
import type { Figure } from './schema';

export const REF_PATTERN = /\{(fig|num|count):([a-z0-9-]+)\}/g;

export interface TextRef {
  kind: 'fig' | 'num' | 'count';
  id: string;
}

/** The references in a text, in order. */
export function refsIn(text: string): TextRef[] {
  return [...text.matchAll(REF_PATTERN)].map((m) => ({ kind: m[1] as TextRef['kind'], id: m[2] ?? '' }));
}

/**
 * The text with every reference written out. Unknown ids are collected in `problems` (with
 * `where`, e.g. the file, entry and field), so that every one in a file is reported at once.
 */
export function resolveRefs(text: string, figures: Map<string, Figure>, where: string, problems: string[]): string {
  return text.replace(REF_PATTERN, (whole, kind: TextRef['kind'], id: string) => {
    if (kind === 'count') {
      const n = [...figures.values()].filter((f) => f.series === id).length;
      if (n === 0) problems.push(`${where}: {count:${id}} names no series of figures`);
      return formatNumber(n);
    }
    const f = figures.get(id);
    if (!f) {
      problems.push(`${where}: unknown figure id "${id}" in ${whole}`);
      return whole;
    }
    return figureText(f, { unit: kind === 'fig' });
  });
}
