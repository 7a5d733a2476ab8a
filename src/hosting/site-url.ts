/**
 * The address the site is deployed at (SITE_URL when building). Canonical links, the sitemap,
 * Open Graph tags and the downloads' source lines are written with it, so a deployment built
 * without it would point readers and search engines at a placeholder.
 */

/** Used when SITE_URL is not set: fine on your own machine, refused for a deployment. */
export const PLACEHOLDER_SITE_URL = 'https://foreign-fighters.example.org';

export type SiteUrlCheck = { ok: true; url: string; warning?: string } | { ok: false; error: string };

/** What to do about SITE_URL, given the environment of a build. */
export function checkSiteUrl(env: Record<string, string | undefined>): SiteUrlCheck {
  const set = env['SITE_URL']?.trim();
  if (set) {
    let url: URL;
    try {
      url = new URL(set);
    } catch {
      return {
        ok: false,
        error: `SITE_URL "${set}" is not an address; set it to where the site is deployed, e.g. https://example.com`,
      };
    }
    if (!/^https?:$/.test(url.protocol)) return { ok: false, error: `SITE_URL "${set}" must be an http(s):// address` };
    return { ok: true, url: url.href };
  }
  const deployment = env['CI'] ? 'CI is set' : env['NODE_ENV'] === 'production' ? 'NODE_ENV=production' : undefined;
  const what = `SITE_URL is not set, so canonical links, the sitemap and the downloads point at ${PLACEHOLDER_SITE_URL}`;
  if (deployment)
    return {
      ok: false,
      error: `${what}, and ${deployment}: set SITE_URL to the address the site is deployed at (e.g. SITE_URL=https://example.com npm run build)`,
    };
  return { ok: true, url: PLACEHOLDER_SITE_URL, warning: `${what}. Set SITE_URL before building a deployment.` };
}
