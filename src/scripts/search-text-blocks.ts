/**
 * The words of search results, downloaded in the small blocks the build wrote
 * (src/integrations/search-text.ts), each block once.
 */
import { blockOf, excerptWords, textBlockPath, type ExcerptWindow, type ExcerptWords } from './search-excerpt';

const blocks = new Map<string, Promise<string[]>>();

/** Block `block` of a page's text, as words. */
function loadBlock(page: string, block: number): Promise<string[]> {
  const key = `${page}/${block}`;
  let words = blocks.get(key);
  if (!words) {
    words = fetch(textBlockPath(page, block)).then(async (r) => {
      if (!r.ok) throw new Error(`${r.status} for ${r.url}`);
      return (await r.text()).split(' ');
    });
    words.catch(() => blocks.delete(key)); // a failed download is tried again next time
    blocks.set(key, words);
  }
  return words;
}

/** The words of an excerpt: one small download, or none if its block is already here. */
export async function loadExcerpt(window: ExcerptWindow): Promise<ExcerptWords> {
  return excerptWords(window, await loadBlock(window.page, blockOf(window)));
}

/** The word at a place in a page. */
export async function loadWord(page: string, location: number): Promise<string> {
  return (await loadExcerpt({ page, start: location, length: 1, marks: [] }))[0]?.text ?? '';
}
