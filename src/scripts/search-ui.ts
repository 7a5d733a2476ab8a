/**
 * Instant search on a <form data-search>: results as the reader types, filters, arrow keys
 * through the results, a status line that says what was found. Every piece of text from the
 * index is inserted as text, the matched words of excerpts as <mark>s.
 */
import {
  HIGHLIGHT_PARAM,
  countryNames,
  loadPagefind,
  runSearch,
  searchedText,
  type Found,
  type Hit,
  type Kind,
  type PageHit,
  type Query,
} from './search-engine';
import type { ExcerptWords } from './search-excerpt';
import { fold } from './search-terms';
import { loadExcerpt } from './search-text-blocks';

const BADGE: Record<Kind, string | undefined> = { section: undefined, chart: 'Chart', event: 'Event', figure: 'Figure' };

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as nodes: its words as text, the matched ones in <mark>s. */
function excerptNodes(words: ExcerptWords): Node[] {
  const nodes: Node[] = [];
  let text = '';
  words.forEach((w, i) => {
    const space = i > 0 ? ' ' : '';
    if (!w.mark) {
      text += space + w.text;
      return;
    }
    nodes.push(document.createTextNode(text + space));
    text = '';
    const mark = document.createElement('mark');
    mark.textContent = w.text;
    nodes.push(mark);
  });
  if (text) nodes.push(document.createTextNode(text));
  return nodes;
}

/**
 * Adds a text fragment for the first highlighted word that is one of the searched terms (not a
 * "the" Pagefind also marked), so browsers that support them scroll to the passage itself;
 * others still land on the section.
 */
function withTextFragment(url: string, words: ExcerptWords): string {
  if (!('fragmentDirective' in document)) return url;
  const terms = new URL(url, location.href).searchParams.getAll(HIGHLIGHT_PARAM);
  const word = words
    .filter((w) => w.mark)
    .map((w) => w.text.trim().replace(/[^\p{L}\p{N}]+$/u, ''))
    .find((w) => terms.some((t) => fold(w).startsWith(t)));
  if (!word) return url;
  const directive = `:~:text=${encodeURIComponent(word)}`;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}

function hitLink(hit: Hit, className: string): HTMLAnchorElement {
  const a = h('a', className);
  a.href = hit.url;
  const badge = BADGE[hit.kind];
  if (badge) a.append(h('span', `badge badge--${hit.kind}`, badge), ' ');
  a.append(hit.title);
  return a;
}

/**
 * Fills an excerpt as its words arrive (two lines are kept for it meanwhile, see search.css), and
 * points its link at the passage. Should they fail to arrive, the link still leads to the section.
 */
function fill(excerpt: HTMLElement, link: HTMLAnchorElement, hit: Hit): void {
  loadExcerpt(hit.excerpt).then(
    (words) => {
      excerpt.replaceChildren(...excerptNodes(words));
      link.href = withTextFragment(hit.url, words);
    },
    () => undefined,
  );
}

/** A page's excerpt and sections, into its item; its link is kept, so focus on it stays. */
function complete(li: HTMLLIElement, hit: PageHit): void {
  const [link, excerpt] = [li.querySelector('a'), li.querySelector('p')];
  if (!link || !excerpt) return;
  fill(excerpt, link, hit);
  if (hit.subs.length === 0) return;
  const subs = h('ul', 'result__subs');
  for (const sub of hit.subs) {
    const item = h('li', 'result__sub');
    const [subLink, text] = [hitLink(sub, 'result__sub-link'), h('p', 'result__excerpt')];
    fill(text, subLink, sub);
    item.append(subLink, text);
    subs.append(item);
  }
  li.append(subs);
}

/** Items still waiting for their sections and excerpts, loaded when they come into view. */
const waiting = new WeakMap<Element, Found>();

function renderPage(found: Found, pending: IntersectionObserver): HTMLLIElement {
  const li = h('li', 'result');
  const link = h('a', 'result__page', found.title);
  link.href = found.url;
  li.append(link, h('p', 'result__excerpt'));
  if (found.hit) complete(li, found.hit);
  else {
    waiting.set(li, found);
    pending.observe(li);
  }
  return li;
}

export interface SearchUi {
  /** Sets the query and filters (as written in a URL) and runs it. */
  run(q: { term?: string; theme?: string; kind?: string; country?: string }): void;
  input: HTMLInputElement;
}

/** Wires a search form. `onQuery` hears each query run (the search page mirrors it in the URL). */
export function mountSearch(form: HTMLFormElement, onQuery?: (q: Query) => void): SearchUi {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = form.querySelector<HTMLElement>('.search__status')!;
  const list = form.querySelector<HTMLOListElement>('.search__results')!;
  const more = form.querySelector<HTMLButtonElement>('.search__more')!;
  const clear = form.querySelector<HTMLButtonElement>('.search__clear');
  const filters = form.querySelector<HTMLDetailsElement>('.search__filters-toggle');
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const [theme, kind, country] = ['theme', 'kind', 'country'].map(select) as [
    HTMLSelectElement,
    HTMLSelectElement,
    HTMLSelectElement,
  ];
  let latest = 0;
  // Results below the first load their sections and excerpts as they come into view: a reader
  // who reads only the top of the list downloads only what it shows.
  const pending = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const found = waiting.get(entry.target);
      if (!entry.isIntersecting || !found) continue;
      pending.unobserve(entry.target);
      // Should it fail, the item keeps its link, which still leads to the page.
      found.load().then(
        (hit) => complete(entry.target as HTMLLIElement, hit),
        () => undefined,
      );
    }
  });
  // What the list shows now: its query, how many pages, of how many.
  let shown = { q: undefined as Query | undefined, count: 0, total: 0, missing: [] as string[] };
  // The query being answered, so that Enter typed before its results arrive still opens one.
  let answering: Promise<void> = Promise.resolve();

  // The search engine starts loading now, while the reader types.
  void loadPagefind();

  // The country menu lists the index's countries, which come with the page list. A country
  // chosen meanwhile (from the address, by run()) stays chosen, listed once in its place.
  void countryNames().then((names) => {
    const chosen = country.value;
    const all = country.options[0];
    if (!all) return;
    const listed = names.includes(chosen) || !chosen ? names : [...names, chosen].sort((a, b) => a.localeCompare(b, 'en'));
    country.replaceChildren(all, ...listed.map((name) => new Option(name, name)));
    country.value = chosen;
  });

  // The query as searched: the status line and the address (search page) repeat only that.
  const query = (): Query => ({
    term: searchedText(input.value),
    theme: theme.value || undefined,
    kind: (kind.value || undefined) as Kind | undefined,
    country: country.value || undefined,
  });

  const describe = () => {
    const term = shown.q?.term.trim();
    const what = term ? `“${term}”` : 'these filters';
    more.hidden = shown.count >= shown.total;
    if (shown.missing.length > 0) {
      const words = shown.missing.map((w) => `“${w}”`).join(', ');
      status.replaceChildren(
        `Nothing found for ${what}: no page has a word that begins with ${words}. Check the spelling, or browse the `,
        linkTo('/topics/', 'topic index'),
        '.',
      );
    } else if (shown.total === 0) {
      status.replaceChildren(
        `Nothing found for ${what}. Try fewer or other words, or browse the `,
        linkTo('/topics/', 'topic index'),
        '.',
      );
    } else if (shown.count < shown.total) {
      status.textContent = `${shown.count} of ${shown.total} pages for ${what}.`;
    } else {
      status.textContent = `${shown.total === 1 ? '1 page' : `${shown.total} pages`} for ${what}.`;
    }
  };

  const update = async () => {
    const q = query();
    const run = ++latest;
    onQuery?.(q);
    if (!q.term.trim() && !q.theme && !q.kind && !q.country) {
      pending.disconnect();
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const { hits, total, missing } = await runSearch(q, 0, () => run !== latest);
    if (run !== latest) return; // a newer keystroke has taken over
    pending.disconnect();
    list.replaceChildren(...hits.map((hit) => renderPage(hit, pending)));
    shown = { q, count: hits.length, total, missing };
    describe();
  };
  const answer = () => {
    answering = update();
    return answering;
  };

  // The next pages of the same query go below; focus moves to the first of them.
  const showMore = async () => {
    if (!shown.q) return;
    const run = latest;
    const { hits } = await runSearch(shown.q, shown.count, () => run !== latest);
    if (run !== latest) return;
    const items = hits.map((hit) => renderPage(hit, pending));
    list.append(...items);
    shown = { ...shown, count: shown.count + hits.length };
    describe();
    items[0]?.querySelector('a')?.focus();
  };
  more.addEventListener('click', () => void showMore());

  form.addEventListener('input', () => void answer());
  // Enter in the box opens the highlighted result, the first, once the query has its answer.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void answering.then(() => list.querySelector<HTMLAnchorElement>('a')?.click());
  });
  clear?.addEventListener('click', () => {
    input.value = '';
    input.focus();
    void answer();
  });
  if (filters) {
    // The filters' control counts the filters in use, so a narrowed search never looks like a full one.
    const label = filters.querySelector('summary');
    const count = () => {
      const on = [theme, kind, country].filter((s) => s.value).length;
      if (label) label.textContent = on > 0 ? `Filters (${on} in use)` : 'Filters';
    };
    form.addEventListener('change', count);
    count();
  }
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.target === input && e.key === 'ArrowDown') links[0]?.focus();
    else if (at >= 0) (e.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input))?.focus();
    else return;
    e.preventDefault();
  });

  // The reader may have typed while this module was loading; their words were not heard yet.
  if (input.value.trim()) void answer();

  return {
    input,
    run(q) {
      if (q.term !== undefined) input.value = q.term;
      if (q.theme !== undefined) theme.value = q.theme;
      if (q.kind !== undefined) kind.value = q.kind;
      if (q.country !== undefined) {
        if (![...country.options].some((o) => o.value === q.country)) country.append(new Option(q.country, q.country));
        country.value = q.country;
      }
      form.dispatchEvent(new Event('change'));
      void answer();
    },
  };
}

function linkTo(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
