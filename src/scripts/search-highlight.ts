/**
 * On a page opened from a search result (?highlight=…), marks the searched words with
 * Pagefind's highlighter (mark.js inside): the words themselves, whole and inflected, never a
 * "the" or the "flow" inside "inflow" (see markPattern in search-terms.ts). Its own <style>
 * injection is turned off: the CSP forbids inline styles, and search.css styles the marks.
 */
import { HIGHLIGHT_PARAM } from './search-engine';
import { markPattern, termsToMark } from './search-terms';

interface MarkInstance {
  markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
}
interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions?: Record<string, unknown>;
}
type PagefindHighlight = new (o: HighlightOptions) => { markOptions: Record<string, unknown> };

/**
 * The element id an address's hash names, without any text fragment (`:~:text=…`). A malformed
 * escape (`#%E0%A4%A`) is taken as written rather than thrown.
 */
export function idFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function highlightSearchTerms(): Promise<void> {
  const main = document.querySelector('[data-pagefind-body]') ?? document.body;
  const terms = termsToMark(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
  const found = markPattern(terms, main.textContent ?? '');
  if (!found) return;
  const pattern: RegExp = found;
  const path = '/pagefind/pagefind-highlight.js';
  const { default: Highlight } = (await import(/* @vite-ignore */ path)) as { default: PagefindHighlight };
  // Pagefind marks each parameter as a string; the pattern marks whole words only.
  class WordHighlight extends Highlight {
    markText(instance: MarkInstance): void {
      instance.markRegExp(pattern, this.markOptions);
    }
  }
  new WordHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['.heading__anchor', '.heading__share', '.sr-only', 'svg *'] },
  });
  // The marks can shift text; bring the section the result pointed at back into view.
  const target = location.hash ? document.getElementById(idFromHash(location.hash)) : null;
  target?.scrollIntoView({ block: 'start' });
}
