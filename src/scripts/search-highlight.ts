/**
 * On a page opened from a search result (?highlight=…), marks the searched words with
 * Pagefind's highlighter. Its own <style> injection is turned off: the CSP forbids inline
 * styles, and search.css styles the marks.
 */
import { HIGHLIGHT_PARAM } from './search-engine';

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
  const path = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ path)) as {
    default: new (o: { highlightParam: string; addStyles: boolean; markOptions?: Record<string, unknown> }) => unknown;
  };
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['.heading__anchor', '.sr-only', 'svg *'] },
  });
  // The marks can shift text; bring the section the result pointed at back into view.
  const target = location.hash ? document.getElementById(idFromHash(location.hash)) : null;
  target?.scrollIntoView({ block: 'start' });
}
