import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, checkSiteUrl } from '../../../src/hosting/site-url';

describe('SITE_URL', () => {
  it('is used when set', () => {
    expect(checkSiteUrl({ SITE_URL: 'https://news.example.com/ff' })).toEqual({ ok: true, url: 'https://news.example.com/ff' });
  });
  it('unset on a machine of your own: the placeholder, with a warning that says what it affects', () => {
    const check = checkSiteUrl({});
    expect(check).toMatchObject({ ok: true, url: PLACEHOLDER_SITE_URL });
    expect(check.ok && check.warning).toMatch(/SITE_URL is not set.*canonical links, the sitemap/);
  });
  it.each([{ CI: 'true' }, { CI: '1' }, { NODE_ENV: 'production' }])(
    'unset for a deployment (%o): refused, naming why',
    (env) => {
      const check = checkSiteUrl(env);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.error).toMatch(/SITE_URL is not set.*(CI is set|NODE_ENV=production).*set SITE_URL/);
    },
  );
  it.each(['example.org', 'ftp://example.org/'])('refuses %s, which is not an http(s) address', (url) => {
    expect(checkSiteUrl({ SITE_URL: url }).ok).toBe(false);
  });
});
