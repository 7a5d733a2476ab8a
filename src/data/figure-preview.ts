/**
 * What a figure's preview says: the figure, what it counts, who said it, where and when (or how
 * it was calculated), and how sure anyone can be. Written to /figure-previews.json at build time.
 */
import type { Dataset } from './dataset';
import { KIND_WORDS, capitalise, figureText, formatDate, labelWithPeriod, partyLabel } from './format';
import type { Figure } from './schema';

export interface FigurePreview {
  /** The figure with its hedge: "as few as 50 a month". */
  value: string;
  /** What it counts and when: "Foreign recruits …, late summer 2016". */
  what: string;
  /** Who said it, where and when, a line each; or how it was calculated. */
  lines: string[];
  /** "Estimate, confidence medium". */
  grade: string;
}

export function figurePreview(f: Figure, data: Pick<Dataset, 'parties' | 'sources'>): FigurePreview {
  const who = data.parties.get(f.assertedBy);
  const where = f.publishedIn.flatMap((id) => data.sources.get(id) ?? []);
  const [first] = where;
  const others = where.length - 1;
  const also = others > 0 ? ` (and ${others} other source${others > 1 ? 's' : ''})` : '';
  const lines =
    f.kind === 'derived' && f.derived
      ? [`Our calculation: ${f.derived.method}`]
      : [
          `Said by ${who ? partyLabel(who) : f.assertedBy}`,
          ...(first ? [`In ${first.publisher}, ${formatDate(first.date)}${also}`] : []),
          `Stated ${formatDate(f.asOf)}`,
        ];
  return {
    value: figureText(f),
    what: capitalise(labelWithPeriod(f)),
    lines,
    grade: `${KIND_WORDS[f.kind]}${f.confidence ? `, confidence ${f.confidence}` : ''}`,
  };
}
