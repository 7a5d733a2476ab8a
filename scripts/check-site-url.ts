/**
 * Runs before `npm run build` (npm's prebuild), with the caller's environment: refuses to build
 * a deployment (CI or NODE_ENV=production) without SITE_URL. The build itself checks again and
 * warns, but cannot see NODE_ENV: Astro sets it to "production" for every build.
 */
import { checkSiteUrl } from '../src/hosting/site-url.ts';

const check = checkSiteUrl(process.env);
if (!check.ok) {
  console.error(`\n${check.error}\n`);
  process.exit(1);
}
