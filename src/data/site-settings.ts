/**
 * The site's settings (SITE in src/site.ts, some from the environment when building) checked
 * before any page is built, and the reader-facing things made from them: the corrections link
 * and the citation. A wrong setting stops the build naming the setting and where it is set.
 */
import { calendarProblem } from './dates';
import { formatDate } from './format';

export interface SiteSettings {
  name: string;
  tagline: string;
  publisher: string;
  firstPublished: string;
  lastUpdated: string;
  corrections: string;
  licence: { name: string; short: string; url: string };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the settings, each naming the setting; empty when nothing is. */
export function siteSettingProblems(site: SiteSettings): string[] {
  const problems: string[] = [];
  const at = (field: string, env?: string) => `SITE.${field} (src/site.ts${env ? `, or ${env} when building` : ''})`;
  if (site.publisher.trim().length < 2) problems.push(`${at('publisher', 'SITE_PUBLISHER')}: name who publishes the site`);
  for (const field of ['firstPublished', 'lastUpdated'] as const) {
    const date = site[field];
    const problem = DAY.test(date) ? calendarProblem(date) : `"${date}" must be a day, YYYY-MM-DD`;
    if (problem) problems.push(`${at(field)}: ${problem}`);
  }
  if (site.firstPublished > site.lastUpdated)
    problems.push(`${at('firstPublished')}: ${site.firstPublished} is after the last update, ${site.lastUpdated}`);
  if (!/^mailto:[^@\s?]+@[^@\s?]+\.[^@\s?]+$/.test(site.corrections) && !/^https:\/\/[^\s]+$/.test(site.corrections))
    problems.push(
      `${at('corrections', 'SITE_CORRECTIONS')}: "${site.corrections}" must be mailto:someone@example.org or an https:// address where readers can report an error`,
    );
  if (!/^https:\/\//.test(site.licence.url)) problems.push(`${at('licence')}: the licence's url must be an https:// address`);
  return problems;
}

/** What a correction is about: a page, or one figure. */
export type CorrectionSubject = { url: string; title: string } | { figure: string };

/**
 * A link that opens a report with its subject filled in: the page's title and path, or the
 * figure's id. For a mailto: address that is the e-mail's subject; for an issue tracker, its
 * title parameter (the name GitHub, Gitea and Forgejo use on their new-issue address). Nothing
 * more: every page carries one such link and the sources page one for each of some 450
 * figures, so every byte of it is sent many times.
 */
export function correctionsHref(address: string, about: CorrectionSubject): string {
  const subject =
    'url' in about ? `Correction: ${about.title} (${new URL(about.url).pathname})` : `Correction: figure ${about.figure}`;
  if (address.startsWith('mailto:')) return `${address}?subject=${encodeURIComponent(subject)}`;
  const url = new URL(address);
  url.searchParams.set('title', subject);
  return url.href;
}

/** The citation of the site or of one of its pages: who, what, when, where. */
export function citationText(site: SiteSettings, page: { title?: string; url: string }): string {
  const work = page.title ? `“${page.title}”, in ${site.name}` : `${site.name}: ${site.tagline}`;
  return `${site.publisher}. ${work}. First published ${formatDate(site.firstPublished)}; last updated ${formatDate(site.lastUpdated)}. ${page.url}`;
}
