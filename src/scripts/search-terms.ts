/**
 * The words of a query that matter, for searching, checking and highlighting. A reader types a
 * plain question ("why did the flow fall"); the index would match every "the" and "did" on the
 * site and favour the longest pages. So the words searched are the query's content words, and
 * only they are checked against the text and marked on the page a result opens.
 * Pure functions: the search interface, the landing page's highlighter and the tests share them.
 */

/**
 * Words that carry no subject on their own: articles, pronouns, auxiliaries, prepositions and
 * question words. Typed in capitals (IS, US) a word is kept: there it is a name, not a stop word.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about an and any are as at be been being but by can could did do does doing for from had has have how i ' +
    'if in into is it its many me much my no not of on or our so some such than that the their them then there ' +
    'these they this those to too us was we were what when where which who whom whose will with would you your'
  ).split(' '),
);

/** Runs of letters and digits, in any script: the parts of a word ("no-entry" has two). */
const PARTS = /[\p{L}\p{N}]+/gu;

/** Lower case without accents, so "Münch" and "munch" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Abbreviations typed in capitals that the text spells out. "IS" is the one that matters: the
 * index folds case, and would read it as the verb "is".
 */
const SPELLED_OUT: Record<string, string> = { IS: 'Islamic State' };

const isAcronym = (w: string) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);
const isStopWord = (w: string) => !isAcronym(w) && STOP_WORDS.has(fold(w));
/** A single letter says nothing, and would match every word that starts with it. */
const isLetter = (w: string) => /^\p{L}$/u.test(w);

/**
 * The query's content words, as typed ("no-entry", "Turkey’s"), without the punctuation around
 * them: not stop words, unless typed in capitals, and not single letters.
 */
export function contentWords(typed: string): string[] {
  return typed
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '' && !isLetter(w) && !isStopWord(w))
    .flatMap((w) => SPELLED_OUT[w]?.split(' ') ?? [w]);
}

/**
 * What the index is asked: the content words, or the query as typed when it has none (a search
 * for "the" still finds pages with "the").
 */
export function indexQuery(typed: string): string {
  const content = contentWords(typed);
  return content.length > 0 ? content.join(' ') : typed.trim();
}

/**
 * The words to check against the text and to mark: the parts of each content word, folded, less
 * stop words and single letters ("Turkey’s no-entry list" gives turkey, entry, list).
 */
export function termsToMark(typed: string[] | string): string[] {
  const parts = [typed]
    .flat()
    .flatMap((t) => contentWords(t))
    .flatMap((w) => [...w.matchAll(PARTS)].map((m) => m[0]))
    .filter((p) => !isLetter(p) && !isStopWord(p));
  return [...new Set(parts.map(fold))];
}

/** Characters a folded letter may stand for in the text ("u" matches ü, ú, ù…). */
const ACCENTED: Record<string, string> = {
  a: 'aàáâãäåā',
  c: 'cçćč',
  e: 'eèéêëēėę',
  g: 'gğ',
  i: 'iìíîïīı',
  n: 'nñń',
  o: 'oòóôõöøō',
  s: 'sśšş',
  u: 'uùúûüū',
  y: 'yýÿ',
  z: 'zźžż',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a pattern in which a plain letter also matches its accented forms. */
const letters = (term: string) => [...term].map((ch) => (ACCENTED[ch] ? `[${ACCENTED[ch]}]` : escape(ch))).join('');

/** Endings that keep a word the same word: "flow" marks "flows" and "flowing", not "flower". */
const ENDINGS = '(?:s|es|d|ed|ing|en|ly)?';

/**
 * A term and its inflected forms: "country" also matches "countries", "make" matches "making".
 */
function inflected(term: string): string {
  const forms = [`${letters(term)}${ENDINGS}`];
  if (term.endsWith('y')) forms.push(`${letters(term.slice(0, -1))}(?:ies|ied)`);
  if (term.endsWith('e')) forms.push(`${letters(term.slice(0, -1))}ing`);
  return forms.join('|');
}

/** Nothing of a letter or digit just before or after: the match is a whole word. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

/** Words that begin with the term, whole ("flow" finds "flows", never the "flow" inside "inflow"). */
const startingWith = (term: string) => new RegExp(`${START}${letters(term)}[\\p{L}\\p{N}]*`, 'giu');
/** The term as a word of its own, or inflected. */
const wordOf = (term: string) => new RegExp(`${START}(?:${inflected(term)})${END}`, 'giu');

/** Whether the text has a word that begins with the term (folded, as termsToMark gives it). */
export function hasWordStarting(text: string, term: string): boolean {
  return startingWith(fold(term)).test(text);
}

/**
 * The words to mark in a text for the terms searched: each term as a word of its own (or
 * inflected), whole. A term the text has only as the start of longer words ("guerd", typed
 * before the reader finished "Guerdane") marks those words, since they are what the search
 * matched. Undefined when there is nothing to mark.
 */
export function markPattern(terms: string[], text: string): RegExp | undefined {
  const parts = terms
    .map((t) =>
      wordOf(t).test(text) ? `(?:${inflected(t)})${END}` : startingWith(t).test(text) ? `${letters(t)}[\\p{L}\\p{N}]*` : '',
    )
    .filter(Boolean);
  return parts.length > 0 ? new RegExp(`${START}(?:${parts.join('|')})`, 'giu') : undefined;
}
