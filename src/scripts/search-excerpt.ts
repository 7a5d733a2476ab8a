/**
 * Excerpts from small blocks of a page's text, not from its whole text. Pagefind builds a
 * result's excerpts from the page's full text (its "fragment": 5 to 100 KB compressed on this
 * site); the build (src/integrations/search-text.ts) keeps each page's words apart in small
 * overlapping blocks instead, and an excerpt downloads the one block its words fall in. The
 * excerpt windows are Pagefind's own (the densest run of matches, kept inside its section), so
 * the excerpts read as Pagefind's did. Pure functions, shared by the build, the browser and the tests.
 */

/** Words in an excerpt (Pagefind's excerptLength): about two lines of the results list. */
export const EXCERPT_WORDS = 22;
/** Words a block starts apart. Smaller blocks cost less per excerpt but more in request headers. */
export const BLOCK_WORDS = 48;
/** A block also holds the first words of the next, so that every excerpt lies in one block. */
export const BLOCK_SPAN = BLOCK_WORDS + EXCERPT_WORDS - 1;
/** Pagefind splits a page's text into words where it has white space (pagefind.js, word_separators). */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Where, in the index's folder, the address and title of every page (by Pagefind id) and the countries are written. */
export const PAGE_LIST = 'pages.json';

/** Where the blocks of a page's text are served, relative to the site's root. */
export const textBlockPath = (page: string, block: number): string => `/pagefind/text/${page}/${block}.txt`;

/** Block `block` of a page's words, as stored: the words joined by single spaces. */
export function textBlock(words: string[], block: number): string {
  return words.slice(block * BLOCK_WORDS, block * BLOCK_WORDS + BLOCK_SPAN).join(' ');
}

/** How many blocks a page of `wordCount` words has. */
export const blockCount = (wordCount: number): number => Math.max(1, Math.ceil(wordCount / BLOCK_WORDS));

/** A word Pagefind found, with its place in the page (in words) and its score there. */
export interface Located {
  location: number;
  balanced_score: number;
}

/** Words `start` to `start + length` of a page, with the places of the words to mark. */
export interface ExcerptWindow {
  /** The page's Pagefind id (its fragment's name). */
  page: string;
  start: number;
  length: number;
  marks: number[];
}

/** An excerpt as shown: its words in order, the matched ones marked. */
export type ExcerptWords = { text: string; mark: boolean }[];

/**
 * Where the excerpt starts: the middle of the densest run of `length` words, by summed score
 * (pagefind.js, calculate_excerpt_region, rewritten as it stands).
 */
export function densestStart(located: Located[], length: number): number {
  if (located.length === 0) return 0;
  const words: number[] = [];
  for (const w of located) words[w.location] = (words[w.location] ?? 0) + w.balanced_score;
  if (words.length <= length) return 0;
  let densest = 0;
  for (let i = 0; i < length; i++) densest += words[i] ?? 0;
  let sum = densest;
  let at = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      at = [i];
    } else if (sum === densest && at[at.length - 1] === i - 1) {
      at.push(i);
    }
  }
  return at[Math.floor(at.length / 2)] ?? 0;
}

/**
 * The excerpt of the words `located`, all in words `from` to `to` of a page of `words` words:
 * Pagefind's window, shortened to end at `to` (the next section's heading) when given, and moved
 * to stay within the section and the page (pagefind.js, calculate_sub_results and build_excerpt).
 */
export function excerptWindow(
  page: string,
  located: Located[],
  { from, to, words }: { from: number; to?: number | undefined; words: number },
): ExcerptWindow {
  const relative = located.map((l) => ({ ...l, location: l.location - from }));
  let start = densestStart(relative, EXCERPT_WORDS) + from;
  let length = to === undefined ? EXCERPT_WORDS : Math.min(to - start, EXCERPT_WORDS);
  const end = to ?? words;
  if (end - from < length) length = end - from;
  if (start + length > end) start = end - length;
  if (start < from) start = from;
  length = Math.max(0, length);
  const marks = located.map((l) => l.location).filter((l) => l >= start && l < start + length);
  return { page, start, length, marks: [...new Set(marks)] };
}

/** The block a window's words are read from: the one it starts in (BLOCK_SPAN covers its end). */
export const blockOf = (window: ExcerptWindow): number => Math.floor(window.start / BLOCK_WORDS);

/** The window's words, from its block's words (`block` as textBlock wrote it, split on spaces). */
export function excerptWords(window: ExcerptWindow, block: string[]): ExcerptWords {
  const offset = window.start - blockOf(window) * BLOCK_WORDS;
  const marks = new Set(window.marks);
  return block.slice(offset, offset + window.length).map((text, i) => ({ text, mark: marks.has(window.start + i) }));
}
