import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site';
import { citationText, correctionsHref, siteSettingProblems } from '../../src/data/site-settings';
import { formatDate } from '../../src/data/format';

describe('the site settings', () => {
  it('as configured, are sound', () => {
    expect(siteSettingProblems(SITE)).toEqual([]);
  });

  it('stop the build on a corrections address readers cannot use, naming the setting', () => {
    for (const corrections of [
      'corrections@example.org',
      'mailto:nobody',
      'http://tracker.example.org/new',
      'javascript:alert(1)',
    ])
      expect(siteSettingProblems({ ...SITE, corrections })).toEqual([
        expect.stringMatching(/^SITE\.corrections \(src\/site\.ts, or SITE_CORRECTIONS when building\): ".*" must be mailto:/),
      ]);
  });

  it('stop the build on dates that are not days, or in the wrong order', () => {
    expect(siteSettingProblems({ ...SITE, firstPublished: '2026-02-30' })).toEqual([
      expect.stringContaining('SITE.firstPublished (src/site.ts): "2026-02-30" is not a date'),
    ]);
    expect(siteSettingProblems({ ...SITE, firstPublished: '2027-01-01', lastUpdated: '2026-12-01' })).toEqual([
      'SITE.firstPublished (src/site.ts): 2027-01-01 is after the last update, 2026-12-01',
    ]);
    expect(siteSettingProblems({ ...SITE, publisher: ' ' })[0]).toMatch(/^SITE\.publisher .*SITE_PUBLISHER/);
  });
});

describe('the corrections link', () => {
  const about = { url: 'https://example.org/decline/', title: 'The decline' };

  it('fills in an e-mail’s subject with the page’s title and address', () => {
    const href = correctionsHref('mailto:fix@example.org', about);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fix@example.org');
    expect(url.searchParams.get('subject')).toBe('Correction: The decline (/decline/)');
    // Spaces as %20, never +, which mail programs show as written.
    expect(href).not.toContain('+');
  });

  it('names the figure when the report is about one', () => {
    const url = new URL(correctionsHref('mailto:fix@example.org', { figure: 'peak-monthly-flow' }));
    expect(url.searchParams.get('subject')).toBe('Correction: figure peak-monthly-flow');
    const tracker = new URL(correctionsHref('https://tracker.example.org/issues/new', { figure: 'peak-monthly-flow' }));
    expect(tracker.searchParams.get('title')).toBe('Correction: figure peak-monthly-flow');
  });

  it('fills in an issue tracker’s title', () => {
    const url = new URL(correctionsHref('https://tracker.example.org/site/issues/new', about));
    expect(url.origin + url.pathname).toBe('https://tracker.example.org/site/issues/new');
    expect(url.searchParams.get('title')).toBe('Correction: The decline (/decline/)');
  });
});

describe('the citation', () => {
  it('names who published it, what, when and where', () => {
    const text = citationText(SITE, { url: 'https://example.org/' });
    expect(text).toBe(
      `${SITE.publisher}. ${SITE.name}: ${SITE.tagline}. First published ${formatDate(SITE.firstPublished)}; last updated ${formatDate(SITE.lastUpdated)}. https://example.org/`,
    );
    expect(citationText(SITE, { title: 'The decline', url: 'https://example.org/decline/' })).toContain(
      `“The decline”, in ${SITE.name}.`,
    );
  });
});
